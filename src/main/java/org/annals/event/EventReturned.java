package org.annals.event;

/** A reviewer sent the event back to its editor with a comment. */
public record EventReturned(long eventId, long timelineId, String user, String comment) implements EventChange {
}
