package org.annals.event;

import org.annals.history.HistoryEntry;

/** One change in a timeline's recent-changes feed. */
public record RecentChange(HistoryEntry entry, EventId eventId, String headline, EventStatus status) {
}
