package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Instant;

/**
 * A duplicate was merged into the event that stays ({@link #eventId}): the duplicate leaves every public surface and
 * its permalink ({@code duplicateSlug}) leads to the survivor.
 */
public record EventsMerged(EventId eventId, TimelineId timelineId, String user, EventId duplicateId, String duplicateSlug,
        String note, Instant at) implements EventChange {
}
