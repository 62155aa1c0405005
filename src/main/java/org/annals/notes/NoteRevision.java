package org.annals.notes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A note as it was after one change: who changed it, when, and its text then (deleted ones included). */
public record NoteRevision(long revision, String by, Instant at, String body, boolean deleted, boolean resolved,
        NoteVisibility visibility, @Nullable String message) {
}
