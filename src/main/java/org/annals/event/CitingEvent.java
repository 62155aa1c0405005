package org.annals.event;

/** An event that cites a given source, as the sources screen links to it. */
public record CitingEvent(EventId id, String headline, EventStatus status) {
}
