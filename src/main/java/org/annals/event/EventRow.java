package org.annals.event;

import java.time.Instant;
import java.util.Set;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/** One line of an events list or grid: enough to show and sort, nothing loaded lazily. */
public record EventRow(EventId id, String slug, String headline, UncertainDate start, @Nullable UncertainDate end,
        @Nullable String placeName, PlacePrecision placePrecision, Set<EventType> types, EventStatus status,
        Confidence confidence, Instant updatedAt) {
}
