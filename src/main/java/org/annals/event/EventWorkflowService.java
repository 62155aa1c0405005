package org.annals.event;

import java.time.Clock;
import java.time.Instant;
import org.annals.event.internal.EventStore;
import org.annals.history.ChangeMessage;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.PlainText;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and publication: editors submit, reviewers approve or return, reviewers retract and merge. Approval
 * announces {@link EventPublished}, which the readers' copy is written from in this transaction; nothing else
 * publishes. The four-eyes rule (on by default, per timeline) keeps anyone from approving a change they wrote or
 * submitted. Each step's message is recorded on its revision, and each step announces its {@link EventChange}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EventWorkflowService {

    private final EventStore store;
    private final PublishedVersions publishedVersions;
    private final TimelineService timelines;
    private final Clock clock;
    private final EventAnnouncer changes;

    EventWorkflowService(EventStore store, PublishedVersions publishedVersions, TimelineService timelines, Clock clock,
            EventAnnouncer changes) {
        this.changes = changes;
        this.store = store;
        this.publishedVersions = publishedVersions;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails submit(long eventId, long expectedVersion, String message) {
        String text = PlainText.required("message", message, 500);
        EventDetails event = store.find(eventId).orElseThrow(
                () -> new NotFoundException("No event " + eventId));
        if (EventLinks.of(event).unresolvedContradiction()) {
            throw new WorkflowViolationException("A cited source contradicts this event: record which reading the "
                    + "event uses and why (under 'Where sources disagree') before submitting it");
        }
        ChangeMessage.forCurrentTransaction("Submitted for review: " + text);
        String user = CurrentUser.name();
        EventDetails submitted = store.move(eventId, expectedVersion, WorkflowAction.SUBMIT, user, null,
                clock.instant());
        return changes.announce(new EventSubmitted(eventId, store.timelineOf(eventId), user, text), submitted);
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
        EditorialState state = store.state(eventId);
        TimelineSummary timeline = timeline(store.timelineOf(eventId));
        if (timeline.fourEyes()) {
            EventWorkflow.checkReviewer(reviewer, String.valueOf(state.lastEditedBy()), String.valueOf(state.submittedBy()));
        }
        Instant now = clock.instant();
        ChangeMessage.forCurrentTransaction("Approved" + (note == null ? "" : ": " + note));
        EventDetails approved = store.move(eventId, expectedVersion, WorkflowAction.APPROVE, reviewer, null, now);
        changes.publish(new EventPublished(approved, timeline.id(), store.outgoing(eventId), reviewer, now, note));
        return changes.announce(new EventApproved(eventId, timeline.id(), reviewer, note), approved);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails returnToEditor(long eventId, long expectedVersion, String comment) {
        String text = PlainText.required("comment", comment, 5000);
        ChangeMessage.forCurrentTransaction("Returned: " + text);
        String user = CurrentUser.name();
        EventDetails returned = store.move(eventId, expectedVersion, WorkflowAction.RETURN, user, text,
                clock.instant());
        return changes.announce(new EventReturned(eventId, store.timelineOf(eventId), user, text), returned);
    }

    /** Withdraws a published event: readers see the correction note in its place and in the corrections log. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails retract(long eventId, long expectedVersion, String correctionNote) {
        String note = PlainText.required("correctionNote", correctionNote, 2000);
        if (!store.hasPublishedVersion(eventId)) {
            throw new InvalidInputException(null, "Only a published event can be retracted");
        }
        Instant now = clock.instant();
        ChangeMessage.forCurrentTransaction("Retracted: " + note);
        String user = CurrentUser.name();
        EventDetails retracted = store.move(eventId, expectedVersion, WorkflowAction.RETRACT, user, null, now);
        return changes.announce(new EventRetracted(eventId, store.timelineOf(eventId), user, note, now), retracted);
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
        EventDetails duplicate = store.find(eventId).orElseThrow(
                () -> new NotFoundException("No event " + eventId));
        ChangeMessage.forCurrentTransaction("Merged into event " + survivorId + ": " + text);
        Instant now = clock.instant();
        String reviewer = CurrentUser.name();
        EventDetails survivor = store.merge(eventId, expectedVersion, survivorId, reviewer, now);
        return changes.announce(new EventsMerged(survivorId, store.timelineOf(survivorId), reviewer, eventId,
                duplicate.slug(), text, now), survivor);
    }

    /** Drops a pending correction: the working copy becomes the published version again (kept in the history). */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and (@eventAccess.may(#eventId, 'EDITOR') or @eventAccess.may(#eventId, 'REVIEWER'))")
    public EventDetails discardCorrection(long eventId, long expectedVersion) {
        EventDetails publishedCopy = publishedVersions.publishedVersion(eventId).orElseThrow(
                () -> new WorkflowViolationException("This event has no published version to go back to"));
        ChangeMessage.forCurrentTransaction("Discarded the pending correction");
        Instant now = clock.instant();
        String user = CurrentUser.name();
        EventDetails reset = store.update(eventId, expectedVersion, publishedCopy.content(), EventLinks.of(publishedCopy),
                user, now);
        EventDetails discarded = store.move(eventId, reset.version(), WorkflowAction.DISCARD, user, null, now);
        return changes.announce(new CorrectionDiscarded(eventId, store.timelineOf(eventId), user), discarded);
    }

    /** Writes readers' copies for published events that have none (databases from before the readers' table). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int publishMissingReaderCopies() {
        int count = 0;
        for (long id : store.publishedWithoutReaderCopy()) {
            EventDetails event = store.find(id).orElseThrow();
            changes.publish(new EventPublished(event, store.timelineOf(id), store.outgoing(id), CurrentUser.name(),
                    clock.instant(), null));
            store.markPublished(id);
            count++;
        }
        return count;
    }

    private TimelineSummary timeline(long timelineId) {
        return timelines.get(timelineId);
    }
}
