package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Clock;
import java.util.List;
import org.annals.event.internal.EventAnnouncer;
import org.annals.event.internal.EventAudit;
import org.annals.event.internal.EventStore;
import org.annals.history.ChangeMessage;
import org.annals.history.FieldChange;
import org.annals.history.FieldDiff;
import org.annals.security.CurrentUser;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to an event, for the team: its revisions (author, time, message), field-by-field differences
 * between any two, restoring an earlier one (as a new revision that goes through review again), and a timeline's
 * recent changes.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
public class EventHistoryService {

    private final EventAudit audit;
    private final EventStore store;
    private final TimelineService timelines;
    private final Clock clock;
    private final EventAnnouncer changes;

    EventHistoryService(EventAudit audit, EventStore store, TimelineService timelines, Clock clock,
            EventAnnouncer changes) {
        this.changes = changes;
        this.audit = audit;
        this.store = store;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public List<EventRevision> revisions(EventId eventId) {
        return audit.revisions(eventId.value());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public EventDetails at(EventId eventId, long revision) {
        return audit.at(eventId.value(), revision)
                .orElseThrow(() -> new NotFoundException("Event " + eventId + " has no revision " + revision));
    }

    /** What changed from {@code fromRevision} to {@code toRevision}, field by field. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public List<FieldChange> diff(EventId eventId, long fromRevision, long toRevision) {
        return FieldDiff.between(withRelations(eventId, fromRevision), withRelations(eventId, toRevision));
    }

    /** What changed from {@code revision} to the working copy now. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public List<FieldChange> diffToCurrent(EventId eventId, long revision) {
        EventDetails current = store.find(eventId.value()).orElseThrow(() -> new NotFoundException("No event " + eventId));
        return FieldDiff.between(withRelations(eventId, revision), EventFields.describe(current, store.outgoing(eventId.value())));
    }

    private java.util.Map<String, @org.jspecify.annotations.Nullable String> withRelations(EventId eventId, long revision) {
        return EventFields.describe(at(eventId, revision), audit.relationsAt(eventId.value(), revision));
    }

    /**
     * Makes an earlier revision the working copy again, as a new revision: its content and what it pointed to (actors,
     * citations with their quotes, disagreements), so a citation deleted by mistake comes back with the rest. A
     * published event's restore is a pending correction: it goes through review like any other change.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails restore(EventId eventId, long revision, long expectedVersion) {
        EventDetails earlier = at(eventId, revision);
        // named by the event's own number, as the history lists it
        int number = audit.revisions(eventId.value()).stream().filter(r -> r.entry().revision() == revision)
                .mapToInt(EventRevision::number).findFirst()
                .orElseThrow(() -> new NotFoundException("Event " + eventId + " has no revision " + revision));
        ChangeMessage.forCurrentTransaction("Restored revision " + number);
        String user = CurrentUser.name();
        EventDetails restored = store.update(eventId.value(), expectedVersion, earlier.content(), EventLinks.of(earlier), user,
                clock.instant());
        return changes.saved(restored, store.timelineOf(eventId.value()), user);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<RecentChange> recentChanges(String timelineSlug, int limit) {
        TimelineId timelineId = TimelineId.of(timelines.find(timelineSlug).orElseThrow(() -> new NotFoundException("No timeline " + timelineSlug)).id().value());
        return audit.recent(timelineId.value(), Math.max(1, Math.min(limit, 500)));
    }
}
