package org.annals.publication;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of events as published at one moment, chronological, with the cursor of the next page (null at the end). */
public record PinnedEventPage(List<PinnedEvent> events, @Nullable String nextCursor) {
}
