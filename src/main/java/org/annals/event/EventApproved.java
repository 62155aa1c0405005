package org.annals.event;

import org.annals.timeline.TimelineId;
import org.jspecify.annotations.Nullable;

/** A reviewer approved the event: it is published (see {@link EventPublished} for what readers now get). */
public record EventApproved(EventId eventId, TimelineId timelineId, String user, @Nullable String correctionNote)
        implements EventChange {
}
