package org.annals.event;

/**
 * An editor related the event to another, or removed one of its relations. A relation belongs to the event it starts
 * from, so that event's working copy changed (readers see the relation once the event is approved again).
 */
public record EventRelationsChanged(long eventId, long timelineId, String user) implements EventChange {
}
