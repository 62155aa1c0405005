package org.annals.event;

import java.time.Instant;

/**
 * A duplicate was merged into the event that stays ({@link #eventId}): the duplicate leaves every public surface and
 * its permalink ({@code duplicateSlug}) leads to the survivor.
 */
public record EventsMerged(long eventId, long timelineId, String user, long duplicateId, String duplicateSlug,
        String note, Instant at) implements EventChange {
}
