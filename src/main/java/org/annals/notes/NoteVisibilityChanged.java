package org.annals.notes;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/** An editor made a thread's note an editor's note readers see ({@code visibleToReaders}), or team-only again. */
public record NoteVisibilityChanged(long noteId, long threadId, EventId eventId, TimelineId timelineId,
        String user, boolean visibleToReaders) implements NoteChange {
}
