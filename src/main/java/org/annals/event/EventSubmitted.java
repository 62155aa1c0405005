package org.annals.event;

/** An editor asked for review, saying what changed. */
public record EventSubmitted(long eventId, long timelineId, String user, String message) implements EventChange {
}
