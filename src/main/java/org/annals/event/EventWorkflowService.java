package org.annals.event;

import java.time.Clock;
import java.time.Instant;
import org.annals.event.internal.Corrections;
import org.annals.event.internal.EventStore;
import org.annals.event.internal.PublishedEvents;
import org.annals.history.ChangeMessage;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and publication: editors submit, reviewers approve or return, reviewers retract. Approval writes the
 * readers' copy; nothing else does. The four-eyes rule (on by default, per timeline) keeps anyone from approving a
 * change they wrote or submitted. Each step's message is recorded on its revision.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EventWorkflowService {

    private final EventStore store;
    private final PublishedEvents published;
    private final Corrections corrections;
    private final TimelineService timelines;
    private final Clock clock;
    private final EventChanges changes;

    EventWorkflowService(EventStore store, PublishedEvents published, Corrections corrections, TimelineService timelines,
            Clock clock, EventChanges changes) {
        this.changes = changes;
        this.store = store;
        this.published = published;
        this.corrections = corrections;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails submit(long eventId, long expectedVersion, String message) {
        String text = PlainText.required("message", message, 500);
        EventDetails event = store.find(eventId, this::timelineSlug).orElseThrow(
                () -> new org.annals.shared.NotFoundException("No event " + eventId));
        if (EventLinks.of(event).unresolvedContradiction()) {
            throw new WorkflowViolationException("A cited source contradicts this event: record which reading the "
                    + "event uses and why (under 'Where sources disagree') before submitting it");
        }
        ChangeMessage.forCurrentTransaction("Submitted for review: " + text);
        return changes.saved(store.move(eventId, expectedVersion, WorkflowAction.SUBMIT, CurrentUser.name(), null,
                this::timelineSlug, clock.instant()), "submitted");
    }

    /**
     * Publishes the event as it stands. For an event readers already see, {@code correctionNote} (optional) puts the
     * change in the public corrections log.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails approve(long eventId, long expectedVersion, @Nullable String correctionNote) {
        String reviewer = CurrentUser.name();
        String note = PlainText.optional("correctionNote", correctionNote, 2000);
        EditorialState state = store.state(eventId, published.exists(eventId));
        TimelineSummary timeline = timeline(store.timelineOf(eventId));
        if (timeline.fourEyes()) {
            EventWorkflow.checkReviewer(reviewer, String.valueOf(state.lastEditedBy()), String.valueOf(state.submittedBy()));
        }
        Instant now = clock.instant();
        ChangeMessage.forCurrentTransaction("Approved" + (note == null ? "" : ": " + note));
        EventDetails approved = store.move(eventId, expectedVersion, WorkflowAction.APPROVE, reviewer, null,
                this::timelineSlug, now);
        // relations first: the revision the publication makes keeps the relations it is published with
        published.publishRelations(eventId, store.outgoing(eventId));
        int revision = published.publish(timeline.id(), approved, reviewer, now);
        if (note != null && state.hasPublishedVersion()) {
            corrections.record(timeline.id(), eventId, CorrectionKind.CORRECTION, note, reviewer, now, revision);
        }
        return changes.saved(approved, "approved");
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails returnToEditor(long eventId, long expectedVersion, String comment) {
        String text = PlainText.required("comment", comment, 5000);
        ChangeMessage.forCurrentTransaction("Returned: " + text);
        return changes.saved(store.move(eventId, expectedVersion, WorkflowAction.RETURN, CurrentUser.name(), text,
                this::timelineSlug, clock.instant()), "returned");
    }

    /** Withdraws a published event: readers see the correction note in its place and in the corrections log. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails retract(long eventId, long expectedVersion, String correctionNote) {
        String note = PlainText.required("correctionNote", correctionNote, 2000);
        if (!published.exists(eventId)) {
            throw new InvalidInputException(null, "Only a published event can be retracted");
        }
        Instant now = clock.instant();
        ChangeMessage.forCurrentTransaction("Retracted: " + note);
        EventDetails retracted = store.move(eventId, expectedVersion, WorkflowAction.RETRACT, CurrentUser.name(), null,
                this::timelineSlug, now);
        published.retract(eventId, note);
        corrections.record(timeline(store.timelineOf(eventId)).id(), eventId, CorrectionKind.RETRACTION, note,
                CurrentUser.name(), now, null);
        return changes.saved(retracted, "retracted");
    }

    /**
     * Merges a duplicate into the event that stays: the survivor gains what the duplicate cited, as a pending
     * correction that is reviewed like any other; the duplicate keeps its history, leaves every public surface at
     * once, and its permalink (and those merged into it before) leads to the survivor.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER') and @eventAccess.may(#survivorId, 'REVIEWER')")
    public EventDetails merge(long eventId, long expectedVersion, long survivorId, String note) {
        String text = PlainText.required("note", note, 2000);
        EventDetails duplicate = store.find(eventId, this::timelineSlug).orElseThrow(
                () -> new org.annals.shared.NotFoundException("No event " + eventId));
        ChangeMessage.forCurrentTransaction("Merged into event " + survivorId + ": " + text);
        Instant now = clock.instant();
        String reviewer = CurrentUser.name();
        java.util.Optional<String> publishedHeadline = published.load(java.util.List.of(eventId)).stream()
                .filter(java.util.Objects::nonNull).map(e -> e.content().headline()).findFirst();
        EventDetails survivor = store.merge(eventId, expectedVersion, survivorId, reviewer, this::timelineSlug, now);
        long timelineId = store.timelineOf(survivorId);
        published.redirect(timelineId, duplicate.slug(), eventId, survivorId);
        if (publishedHeadline.isPresent() && published.exists(survivorId)) {
            // readers saw the duplicate: the log says where it went (with the headline readers saw, never a draft's)
            corrections.record(timelineId, survivorId, CorrectionKind.CORRECTION,
                    "Merged the duplicate “" + publishedHeadline.get() + "” into this event: " + text, reviewer, now, null);
        }
        return survivor;
    }

    /** Drops a pending correction: the working copy becomes the published version again (kept in the history). */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and (@eventAccess.may(#eventId, 'EDITOR') or @eventAccess.may(#eventId, 'REVIEWER'))")
    public EventDetails discardCorrection(long eventId, long expectedVersion) {
        EventDetails publishedCopy = published.load(java.util.List.of(eventId)).stream().filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new WorkflowViolationException("This event has no published version to go back to"));
        ChangeMessage.forCurrentTransaction("Discarded the pending correction");
        Instant now = clock.instant();
        EventDetails reset = store.update(eventId, expectedVersion, publishedCopy.content(), EventLinks.of(publishedCopy),
                CurrentUser.name(), this::timelineSlug, now);
        return store.move(eventId, reset.version(), WorkflowAction.DISCARD, CurrentUser.name(), null, this::timelineSlug, now);
    }

    /** Writes readers' copies for published events that have none (databases from before the readers' table). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int publishMissingReaderCopies() {
        int count = 0;
        for (long id : store.publishedWithoutReaderCopy()) {
            EventDetails event = store.find(id, this::timelineSlug).orElseThrow();
            published.publish(store.timelineOf(id), event, CurrentUser.name(), clock.instant());
            count++;
        }
        return count;
    }

    private TimelineSummary timeline(long timelineId) {
        return timelines.get(timelineId);
    }

    private String timelineSlug(long timelineId) {
        return timeline(timelineId).slug();
    }
}
