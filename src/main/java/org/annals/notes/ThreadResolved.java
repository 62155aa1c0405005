package org.annals.notes;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/** A thread was resolved ({@code resolved}) or reopened. */
public record ThreadResolved(long noteId, long threadId, EventId eventId, TimelineId timelineId,
        String user, boolean resolved) implements NoteChange {
}
