package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one door to the readers' copy: readers must now see {@code event} as it stands, with its outgoing
 * {@code relations}. Announced inside the publishing transaction (approval, an import of a published event, the
 * start-up fill of databases from before the readers' table), so the copy commits with the event (decision 0008).
 * {@code correctionNote}, when given for an event readers already saw, goes into the public corrections log;
 * {@code minor} marks the change as minor there (a typo). {@code historyRevision} is the event's history revision
 * this makes public (0 until announced), so the editors' history and the public page number the same revision alike.
 */
public record EventPublished(EventDetails event, TimelineId timelineId, List<EventRelation> relations, String by, Instant at,
        @Nullable String correctionNote, boolean minor, long historyRevision) {

    public EventPublished(EventDetails event, TimelineId timelineId, List<EventRelation> relations, String by, Instant at,
            @Nullable String correctionNote, boolean minor) {
        this(event, timelineId, relations, by, at, correctionNote, minor, 0);
    }

    /** The same publication, naming the history revision it belongs to (set by whoever announces it). */
    public EventPublished inHistoryRevision(long revision) {
        return new EventPublished(event, timelineId, relations, by, at, correctionNote, minor, revision);
    }
}
