package org.annals.event;

import org.annals.timeline.TimelineId;

/** The working copy was saved (an edit, a restore, a relation, or what a merge brought in). */
public record EventSaved(EventId eventId, TimelineId timelineId, String user, long version) implements EventChange {
}
