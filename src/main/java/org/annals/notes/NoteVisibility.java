package org.annals.notes;

/** Team-only (the default), or a public editor's note that readers see on the event page. */
public enum NoteVisibility {
    TEAM, PUBLIC
}
