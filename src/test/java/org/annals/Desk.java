package org.annals;

import static org.annals.SignedIn.as;

import java.util.Set;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;

/**
 * Test set-up for readers' tests: a public timeline whose editor {@code <slug>-ed} writes and whose reviewer
 * {@code <slug>-rev} approves (two people, so the four-eyes rule holds), publishing and correcting events.
 */
public final class Desk {

    private final String slug;
    private final EventEditingService editing;
    private final ReviewService workflow;

    public Desk(String slug, TimelineService timelines, AccountService accounts, EventEditingService editing,
            ReviewService workflow) {
        this.slug = slug;
        this.editing = editing;
        this.workflow = workflow;
        Teams.on(timelines, accounts, slug, slug + "-ed:EDITOR", slug + "-rev:REVIEWER");
    }

    public static EventContent content(String date, String headline, String summary) {
        return new EventContent(headline, summary, UncertainDate.parse(date), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
    }

    public EventDetails publish(EventContent content) {
        EventDetails draft = as(slug + "-ed", "EDITOR", () -> editing.createDraft(slug, content));
        EventDetails sent = as(slug + "-ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Ready"));
        return as(slug + "-rev", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
    }

    /** Edits a published event and has the correction approved with a public note: its next published revision. */
    public EventDetails correct(EventDetails published, EventContent content, String note) {
        EventDetails edited = as(slug + "-ed", "EDITOR", () -> editing.update(published.id(), published.version(), content));
        EventDetails sent = as(slug + "-ed", "EDITOR", () -> workflow.submit(edited.id(), edited.version(), "Corrected"));
        return as(slug + "-rev", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), note));
    }

    public EventDetails retract(EventDetails published, String note) {
        return as(slug + "-rev", "REVIEWER", () -> workflow.retract(published.id(), published.version(), note));
    }
}
