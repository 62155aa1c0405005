package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one door to the readers' copy: readers must now see {@code event} as it stands, with its outgoing
 * {@code relations}. Announced inside the publishing transaction (approval, an import of a published event, the
 * start-up fill of databases from before the readers' table), so the copy commits with the event (decision 0008).
 * {@code correctionNote}, when given for an event readers already saw, goes into the public corrections log.
 */
public record EventPublished(EventDetails event, TimelineId timelineId, List<EventRelation> relations, String by, Instant at,
        @Nullable String correctionNote) {
}
