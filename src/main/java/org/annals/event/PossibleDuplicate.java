package org.annals.event;

/**
 * A row of an import that likely describes an event the timeline has from another source: days that overlap (a day's
 * slack either side), a place within about ten kilometres, and an actor in common. Editors decide; the existing merge
 * joins them once the row is imported.
 */
public record PossibleDuplicate(String ref, EventId eventId, String slug, String headline) {
}
