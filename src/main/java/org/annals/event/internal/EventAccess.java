package org.annals.event.internal;

import org.annals.timeline.TimelineId;
import org.annals.event.EventId;
import org.annals.timeline.TimelineAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-timeline authorisation for methods that take an event id ({@code @eventAccess.may(#eventId, 'REVIEWER')}):
 * the rule is the one of the event's timeline. An unknown id is let through so the service can answer "not found".
 */
@Component("eventAccess")
public class EventAccess {

    private final EventStore store;
    private final TimelineAccess timelines;

    EventAccess(EventStore store, TimelineAccess timelines) {
        this.store = store;
        this.timelines = timelines;
    }

    @Transactional(readOnly = true)
    public boolean may(EventId eventId, String role) {
        return store.timelineIfAny(eventId.value()).map(t -> timelines.may(TimelineId.of(t), role)).orElse(true);
    }

    @Transactional(readOnly = true)
    public boolean isMember(EventId eventId) {
        return store.timelineIfAny(eventId.value()).map(t -> timelines.isMember(TimelineId.of(t))).orElse(true);
    }
}
