package org.annals.event;

import org.annals.timeline.TimelineId;

/**
 * A change to an event's working copy or its place in the workflow, announced by the service that made it inside its
 * transaction, so other modules react in the same transaction (those who annotated the event hear of it). Every
 * state change has its own type; a listener switches over them instead of reading a word.
 */
public sealed interface EventChange
        permits EventSaved, EventRelationsChanged, EventSubmitted, EventApproved, EventReturned, EventRetracted,
        EventsMerged, CorrectionDiscarded {

    EventId eventId();

    TimelineId timelineId();

    /** Who made the change. */
    String user();
}
