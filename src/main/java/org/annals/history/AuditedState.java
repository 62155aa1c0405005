package org.annals.history;

/** An audited entity as one revision left it, with that revision's entry; {@code deleted} when it removed it. */
public record AuditedState<T>(T state, HistoryEntry entry, boolean deleted) {
}
