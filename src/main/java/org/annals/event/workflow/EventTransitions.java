package org.annals.event.workflow;

import org.annals.timeline.TimelineId;
import org.annals.event.EventId;
import java.time.Clock;
import java.time.Instant;
import org.annals.event.CorrectionDiscarded;
import org.annals.event.EventApproved;
import org.annals.event.EventDetails;
import org.annals.event.EventLinks;
import org.annals.event.EventPublished;
import org.annals.event.EventRetracted;
import org.annals.event.EventReturned;
import org.annals.event.EventSubmitted;
import org.annals.event.EventsMerged;
import org.annals.event.PublishedVersions;
import org.annals.event.WorkflowAction;
import org.annals.event.WorkflowViolationException;
import org.annals.event.internal.EventAnnouncer;
import org.annals.event.internal.EventStore;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an event from state to state for the review module, which decides who may (the four-eyes rule) and what the
 * history says. Each step checks the state machine ({@link org.annals.event.EventWorkflow}) and the expected version,
 * and announces its {@link org.annals.event.EventChange}; approval is the one door to the readers' copy
 * ({@link EventPublished}), which is written in this transaction. The role checks repeat review's: this door stays
 * shut to anyone who could not take the step there.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EventTransitions {

    private final EventStore store;
    private final PublishedVersions publishedVersions;
    private final Clock clock;
    private final EventAnnouncer changes;

    EventTransitions(EventStore store, PublishedVersions publishedVersions, Clock clock, EventAnnouncer changes) {
        this.store = store;
        this.publishedVersions = publishedVersions;
        this.clock = clock;
        this.changes = changes;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails submit(EventId eventId, long expectedVersion, String message) {
        String text = PlainText.required("message", message, 500);
        String user = CurrentUser.name();
        EventDetails submitted = store.move(eventId.value(), expectedVersion, WorkflowAction.SUBMIT, user, null,
                clock.instant());
        return changes.announce(new EventSubmitted(eventId, TimelineId.of(store.timelineOf(eventId.value())), user, text), submitted);
    }

    /** Publishes the event as it stands; {@code correctionNote} (optional) goes to the public corrections log. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails approve(EventId eventId, long expectedVersion, @Nullable String correctionNote, boolean minor) {
        String reviewer = CurrentUser.name();
        String note = PlainText.optional("correctionNote", correctionNote, 2000);
        TimelineId timelineId = TimelineId.of(store.timelineOf(eventId.value()));
        Instant now = clock.instant();
        EventDetails approved = store.move(eventId.value(), expectedVersion, WorkflowAction.APPROVE, reviewer, null, now);
        changes.publish(new EventPublished(approved, timelineId, store.outgoing(eventId.value()), reviewer, now, note, minor));
        return changes.announce(new EventApproved(eventId, timelineId, reviewer, note), approved);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails returnToEditor(EventId eventId, long expectedVersion, String comment) {
        String text = PlainText.required("comment", comment, 5000);
        String user = CurrentUser.name();
        EventDetails returned = store.move(eventId.value(), expectedVersion, WorkflowAction.RETURN, user, text,
                clock.instant());
        return changes.announce(new EventReturned(eventId, TimelineId.of(store.timelineOf(eventId.value())), user, text), returned);
    }

    /** Withdraws a published event: readers see the correction note in its place and in the corrections log. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER')")
    public EventDetails retract(EventId eventId, long expectedVersion, String correctionNote) {
        String note = PlainText.required("correctionNote", correctionNote, 2000);
        if (!store.hasPublishedVersion(eventId.value())) {
            throw new InvalidInputException(null, "Only a published event can be retracted", "form.refusal.retractUnpublished");
        }
        Instant now = clock.instant();
        String user = CurrentUser.name();
        EventDetails retracted = store.move(eventId.value(), expectedVersion, WorkflowAction.RETRACT, user, null, now);
        return changes.announce(new EventRetracted(eventId, TimelineId.of(store.timelineOf(eventId.value())), user, note, now), retracted);
    }

    /**
     * Merges a duplicate into the event that stays: the survivor gains what the duplicate cited, as a pending
     * correction that is reviewed like any other; the duplicate keeps its history, leaves every public surface at
     * once, and its permalink (and those merged into it before) leads to the survivor.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @eventAccess.may(#eventId, 'REVIEWER') and @eventAccess.may(#survivorId, 'REVIEWER')")
    public EventDetails merge(EventId eventId, long expectedVersion, EventId survivorId, String note) {
        String text = PlainText.required("note", note, 2000);
        EventDetails duplicate = store.find(eventId.value()).orElseThrow(
                () -> new NotFoundException("No event " + eventId));
        Instant now = clock.instant();
        String reviewer = CurrentUser.name();
        EventDetails survivor = store.merge(eventId.value(), expectedVersion, survivorId.value(), reviewer, now);
        return changes.announce(new EventsMerged(survivorId, TimelineId.of(store.timelineOf(survivorId.value())), reviewer, eventId,
                duplicate.slug(), text, now), survivor);
    }

    /** Drops a pending correction: the working copy becomes the published version again (kept in the history). */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and (@eventAccess.may(#eventId, 'EDITOR') or @eventAccess.may(#eventId, 'REVIEWER'))")
    public EventDetails discardCorrection(EventId eventId, long expectedVersion) {
        EventDetails publishedCopy = publishedVersions.publishedVersion(eventId).orElseThrow(
                () -> new WorkflowViolationException("This event has no published version to go back to",
                        "form.refusal.noPublishedVersion"));
        Instant now = clock.instant();
        String user = CurrentUser.name();
        EventDetails reset = store.update(eventId.value(), expectedVersion, publishedCopy.content(),
                EventLinks.of(publishedCopy), user, now);
        EventDetails discarded = store.move(eventId.value(), reset.version(), WorkflowAction.DISCARD, user, null, now);
        return changes.announce(new CorrectionDiscarded(eventId, TimelineId.of(store.timelineOf(eventId.value())), user), discarded);
    }

    /** Writes readers' copies for published events that have none (databases from before the readers' table). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int publishMissingReaderCopies() {
        int count = 0;
        for (long id : store.publishedWithoutReaderCopy()) {
            EventDetails event = store.find(id).orElseThrow();
            changes.publish(new EventPublished(event, TimelineId.of(store.timelineOf(id)), store.outgoing(id), CurrentUser.name(),
                    clock.instant(), null, false));
            store.markPublished(id);
            count++;
        }
        return count;
    }
}
