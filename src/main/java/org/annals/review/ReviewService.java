package org.annals.review;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;
import org.annals.event.EditorialState;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventLinks;
import org.annals.event.WorkflowViolationException;
import org.annals.event.workflow.EventTransitions;
import org.annals.history.ChangeMessage;
import org.annals.security.CurrentUser;
import org.annals.shared.PlainText;
import org.annals.timeline.TimelineService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and publication: editors submit, reviewers approve or return, reviewers retract and merge. The four-eyes
 * rule (on by default, per timeline) keeps anyone from approving a change they wrote or submitted; an event a cited
 * source contradicts is not submitted until the editor says which reading it uses. Each step's message is recorded on
 * its revision. The steps (and what they announce) are the event's own ({@link EventTransitions}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    private final EventTransitions steps;
    private final EventEditingService events;
    private final TimelineService timelines;

    ReviewService(EventTransitions steps, EventEditingService events, TimelineService timelines) {
        this.steps = steps;
        this.events = events;
        this.timelines = timelines;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails submit(EventId eventId, long expectedVersion, String message) {
        if (EventLinks.of(events.get(eventId)).unresolvedContradiction()) {
            throw new WorkflowViolationException("A cited source contradicts this event: record which reading the "
                    + "event uses and why (under 'Where sources disagree') before submitting it", "review.refusal.contradiction");
        }
        String text = PlainText.required("message", message, 500);
        ChangeMessage.forCurrentTransaction("Submitted for review: " + text);
        return steps.submit(eventId, expectedVersion, text);
    }

    /**
     * Whether the four-eyes rule lets the person signed in approve the event's change: always on a timeline without the
     * rule, otherwise only when they neither wrote nor submitted it. The editor offers Approve only when it would work.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @eventAccess.isMember(#eventId)")
    public boolean fourEyesAllowsApproval(EventId eventId) {
        EventDetails event = events.get(eventId);
        if (!timelines.get(event.timelineId()).fourEyes()) {
            return true;
        }
        EditorialState state = events.state(eventId);
        String me = CurrentUser.name();
        return !me.equals(state.lastEditedBy()) && !me.equals(state.submittedBy());
    }

    /** {@link #approve(EventId, long, String, boolean)} for a change that is not marked minor. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails approve(EventId eventId, long expectedVersion, @Nullable String correctionNote) {
        return approve(eventId, expectedVersion, correctionNote, false);
    }

    /**
     * Publishes the event as it stands. For an event readers already see, the change goes into the public corrections
     * log: with {@code correctionNote} when given, else a line naming the parts that changed; {@code minor} lists it
     * as a minor change (a typo, punctuation) rather than a substantive correction.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails approve(EventId eventId, long expectedVersion, @Nullable String correctionNote, boolean minor) {
        EventDetails event = events.get(eventId);
        if (timelines.get(event.timelineId()).fourEyes()) {
            EditorialState state = events.state(eventId);
            FourEyesRule.check(CurrentUser.name(), state.lastEditedBy(), state.submittedBy());
        }
        String note = PlainText.optional("correctionNote", correctionNote, 2000);
        ChangeMessage.forCurrentTransaction((minor ? "Approved as a minor change" : "Approved") + (note == null ? "" : ": " + note));
        return steps.approve(eventId, expectedVersion, note, minor);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails returnToEditor(EventId eventId, long expectedVersion, String comment) {
        String text = PlainText.required("comment", comment, 5000);
        ChangeMessage.forCurrentTransaction("Returned: " + text);
        return steps.returnToEditor(eventId, expectedVersion, text);
    }

    /** Withdraws a published event: readers see the correction note in its place and in the corrections log. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails retract(EventId eventId, long expectedVersion, String correctionNote) {
        String note = PlainText.required("correctionNote", correctionNote, 2000);
        ChangeMessage.forCurrentTransaction("Retracted: " + note);
        return steps.retract(eventId, expectedVersion, note);
    }

    /** Merges a duplicate into the event that stays (see {@link EventTransitions#merge}). */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER') and @eventAccess.may(#survivorId, 'REVIEWER')")
    public EventDetails merge(EventId eventId, long expectedVersion, EventId survivorId, String note) {
        String text = PlainText.required("note", note, 2000);
        ChangeMessage.forCurrentTransaction("Merged into event " + survivorId + ": " + text);
        return steps.merge(eventId, expectedVersion, survivorId, text);
    }

    /** Drops a pending correction: the working copy becomes the published version again (kept in the history). */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and (@eventAccess.may(#eventId, 'EDITOR') or @eventAccess.may(#eventId, 'REVIEWER'))")
    public EventDetails discardCorrection(EventId eventId, long expectedVersion) {
        ChangeMessage.forCurrentTransaction("Discarded the pending correction");
        return steps.discardCorrection(eventId, expectedVersion);
    }
}
