package org.annals.publication;

import java.util.List;
import org.annals.event.EventDetails;
import org.jspecify.annotations.Nullable;

/** A page of published events in chronological order, with the cursor of the next page (null at the end). */
public record PublishedEventPage(List<EventDetails> events, @Nullable String nextCursor) {
}
