package org.annals.event;

import org.annals.timeline.TimelineId;

/** A pending correction was dropped: the working copy is the published version again. */
public record CorrectionDiscarded(EventId eventId, TimelineId timelineId, String user) implements EventChange {
}
