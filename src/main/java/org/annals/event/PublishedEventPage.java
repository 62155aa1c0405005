package org.annals.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of published events in chronological order, with the cursor of the next page (null at the end). */
public record PublishedEventPage(List<EventDetails> events, @Nullable String nextCursor) {
}
