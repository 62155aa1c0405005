package org.annals.notes;

import java.util.List;

/** A note and its replies, oldest first. */
public record NoteThread(Note note, List<Note> replies) {

    public long id() {
        return note.id();
    }

    public boolean open() {
        return !note.resolved() && !note.deleted();
    }
}
