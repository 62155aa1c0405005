package org.annals.notes;

import java.util.Set;
import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/** A note was written: a new thread or a reply; the people it mentions are in {@code mentions}. */
public record NotePosted(long noteId, long threadId, EventId eventId, TimelineId timelineId,
        String user, Set<String> mentions) implements NoteChange {

    public NotePosted {
        mentions = Set.copyOf(mentions);
    }
}
