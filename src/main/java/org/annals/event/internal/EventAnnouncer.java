package org.annals.event.internal;

import org.annals.timeline.TimelineId;
import org.annals.event.EventChange;
import org.annals.event.EventDetails;
import org.annals.event.EventNotices;
import org.annals.event.EventPublished;
import org.annals.event.EventSaved;
import org.annals.history.AuditTrail;
import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces what the event services changed: the typed {@link EventChange} for modules in this transaction, and a
 * live notice that every instance receives when (and only if) the transaction commits.
 */
@Component
public class EventAnnouncer {

    private final ApplicationEventPublisher publisher;
    private final LiveBus live;
    private final AuditTrail history;

    public EventAnnouncer(ApplicationEventPublisher publisher, LiveBus live, AuditTrail history) {
        this.publisher = publisher;
        this.live = live;
        this.history = history;
    }

    /** Announces {@code change}, which made {@code event} as it now stands; returns the event. */
    public EventDetails announce(EventChange change, EventDetails event) {
        announce(change, event.version());
        return event;
    }

    /** Announces {@code change}, which left the event at {@code version} (for callers that hold no details). */
    public void announce(EventChange change, long version) {
        publisher.publishEvent(change);
        live.announce(new LiveNotice(EventNotices.SAVED, change.timelineId().value(), change.eventId().value(),
                change.user(), Long.toString(version)));
    }

    /** Announces that {@code event}'s working copy was saved by {@code user}. */
    public EventDetails saved(EventDetails event, long timelineId, String user) {
        return announce(new EventSaved(event.id(), TimelineId.of(timelineId), user, event.version()), event);
    }

    /** Announces, in the import's transaction, that a row changed upstream for an event edited here. */
    public void rowChangedUpstream(org.annals.event.ImportedRowChanged change) {
        publisher.publishEvent(change);
    }

    /** The one door to the readers' copy (see {@link EventPublished}). */
    public void publish(EventPublished publication) {
        publisher.publishEvent(publication.inHistoryRevision(history.currentRevision()));
    }
}
