package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Instant;

/** A reviewer withdrew a published event: readers see {@code note} in its place and in the corrections log. */
public record EventRetracted(EventId eventId, TimelineId timelineId, String user, String note, Instant at)
        implements EventChange {
}
