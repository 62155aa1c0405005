package org.annals.event;

import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.annals.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the application that an event was saved: an {@link EventChanged} for modules in this
 * transaction, and a live notice that every instance receives when (and only if) the transaction commits.
 */
@Component
class EventChanges {

    private final ApplicationEventPublisher publisher;
    private final LiveBus live;
    private final org.annals.event.internal.EventStore store;

    EventChanges(ApplicationEventPublisher publisher, LiveBus live, org.annals.event.internal.EventStore store) {
        this.publisher = publisher;
        this.live = live;
        this.store = store;
    }

    EventDetails saved(EventDetails event, String what) {
        long timelineId = store.timelineOf(event.id());
        String user = CurrentUser.name();
        publisher.publishEvent(new EventChanged(event.id(), timelineId, user, what));
        live.announce(new LiveNotice(LiveNotice.Kind.EVENT_SAVED, timelineId, event.id(), user,
                Long.toString(event.version())));
        return event;
    }
}
