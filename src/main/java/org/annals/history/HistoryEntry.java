package org.annals.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One revision of something audited: when, by whom, and the message they gave. */
public record HistoryEntry(long revision, Instant at, String author, @Nullable String message) {
}
