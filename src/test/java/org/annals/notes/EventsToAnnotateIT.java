package org.annals.notes;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventRow;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Annotators list their own timelines' events (drafts too) to pick what to annotate, and no other timeline's. */
@IntegrationTest
class EventsToAnnotateIT {

    @Autowired
    EventEditingService events;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;

    @Test
    void an_annotator_lists_the_events_of_their_timelines_only() {
        Teams.on(timelines, accounts, "annotate-desk", "annotate-editor:EDITOR", "annotate-annotator:ANNOTATOR");
        Teams.on(timelines, accounts, "annotate-other", "annotate-other-editor:EDITOR");
        EventDetails draft = as("annotate-editor", "EDITOR", () -> events.createDraft("annotate-desk", new EventContent(
                "Draft to annotate " + System.nanoTime(), null, UncertainDate.parse("2024-02-01"), null, Place.UNKNOWN,
                Set.of(EventType.AID), Set.of(), Confidence.UNVERIFIED)));
        as("annotate-other-editor", "EDITOR", () -> events.createDraft("annotate-other", new EventContent(
                "Not theirs", null, UncertainDate.parse("2024-02-02"), null, Place.UNKNOWN, Set.of(EventType.AID),
                Set.of(), Confidence.UNVERIFIED)));

        assertThat(as("annotate-annotator", "ANNOTATOR", () -> events.rowsForTeam("annotate-desk", 0, 50)))
                .extracting(EventRow::id).contains(draft.id());
        assertThatThrownBy(() -> as("annotate-annotator", "ANNOTATOR", () -> events.rowsForTeam("annotate-other", 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        // the editors' grid stays closed to them
        assertThatThrownBy(() -> as("annotate-annotator", "ANNOTATOR", () -> events.rows("annotate-desk",
                org.annals.event.EventFilter.ALL, org.annals.event.EventSort.DATE_ASC, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
