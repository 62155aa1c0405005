package org.annals.notes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a person's inbox: who did what, on which event, and whether it was read. */
public record InboxItem(long id, InboxKind kind, long eventId, @Nullable String eventHeadline, @Nullable Long noteId, String actor, String excerpt,
        Instant at, boolean read) {
}
