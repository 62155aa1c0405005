package org.annals.notes;

import java.util.Set;
import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/** Its author changed a note; {@code newlyMentioned} are the people the new text mentions for the first time. */
public record NoteEdited(long noteId, long threadId, EventId eventId, TimelineId timelineId,
        String user, Set<String> newlyMentioned) implements NoteChange {

    public NoteEdited {
        newlyMentioned = Set.copyOf(newlyMentioned);
    }
}
