package org.annals.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A capture waiting in the queue or running: its URL (or the URL's hash, for a very long one), when it is due, how often it failed so far. */
public record QueuedCapture(String url, @Nullable Instant due, boolean running, int failures, @Nullable Instant lastFailure) {
}
