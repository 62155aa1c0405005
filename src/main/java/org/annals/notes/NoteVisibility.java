package org.annals.notes;

/**
 * Team-only (the default); proposed as an editor's note and waiting for a reviewer (on a timeline with the four-eyes
 * rule); or a public editor's note that readers see on the event page.
 */
public enum NoteVisibility {
    TEAM, PROPOSED, PUBLIC
}
