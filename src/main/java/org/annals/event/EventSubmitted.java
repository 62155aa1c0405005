package org.annals.event;

import org.annals.timeline.TimelineId;

/** An editor asked for review, saying what changed. */
public record EventSubmitted(EventId eventId, TimelineId timelineId, String user, String message) implements EventChange {
}
