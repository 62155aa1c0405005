package org.annals.notes;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/**
 * A change to the team's notes on an event, announced by {@link AnnotationService} inside the transaction that made it
 * (the live notice that reaches the open views follows when it commits). {@code threadId} is the thread the note belongs
 * to (its own id for a thread's first note).
 */
public sealed interface NoteChange permits NotePosted, NoteEdited, NoteDeleted, ThreadResolved, NoteVisibilityChanged {

    long noteId();

    long threadId();

    EventId eventId();

    TimelineId timelineId();

    /** Who made the change. */
    String user();
}
