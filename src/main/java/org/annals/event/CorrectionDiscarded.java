package org.annals.event;

/** A pending correction was dropped: the working copy is the published version again. */
public record CorrectionDiscarded(long eventId, long timelineId, String user) implements EventChange {
}
