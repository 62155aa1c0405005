package org.annals.event;

import org.annals.timeline.TimelineId;

/** A reviewer sent the event back to its editor with a comment. */
public record EventReturned(EventId eventId, TimelineId timelineId, String user, String comment) implements EventChange {
}
