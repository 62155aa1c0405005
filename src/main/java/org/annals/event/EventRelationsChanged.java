package org.annals.event;

import org.annals.timeline.TimelineId;

/**
 * An editor related the event to another, or removed one of its relations. A relation belongs to the event it starts
 * from, so that event's working copy changed (readers see the relation once the event is approved again).
 */
public record EventRelationsChanged(EventId eventId, TimelineId timelineId, String user) implements EventChange {
}
