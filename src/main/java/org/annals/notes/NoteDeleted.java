package org.annals.notes;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/** Its author deleted a note: it leaves the thread, its text stays in the history. */
public record NoteDeleted(long noteId, long threadId, EventId eventId, TimelineId timelineId,
        String user) implements NoteChange {
}
