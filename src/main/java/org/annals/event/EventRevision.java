package org.annals.event;

import org.annals.history.HistoryEntry;

/** A revision of one event: who changed it and why, and where it stood afterwards. */
public record EventRevision(HistoryEntry entry, EventStatus status, String headline, boolean deleted) {
}
