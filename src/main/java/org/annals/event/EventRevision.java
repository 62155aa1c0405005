package org.annals.event;

import org.annals.history.HistoryEntry;
import org.jspecify.annotations.Nullable;

/**
 * A revision of one event: who changed it and why, and where it stood afterwards. {@code number} counts the event's
 * own revisions from 1 (what editors read and name; {@code entry().revision()} is the history's key across all
 * events); {@code publicRevision} is the number readers know it by when this revision was published.
 */
public record EventRevision(HistoryEntry entry, int number, EventStatus status, String headline, boolean deleted,
        @Nullable Integer publicRevision) {
}
