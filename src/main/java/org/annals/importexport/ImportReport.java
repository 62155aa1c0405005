package org.annals.importexport;

/** What an import did: events added, and events skipped because a previous import had added them. */
public record ImportReport(String timelineSlug, boolean timelineCreated, int eventsCreated, int eventsAlreadyPresent) {
}
