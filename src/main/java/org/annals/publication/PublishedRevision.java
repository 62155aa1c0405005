package org.annals.publication;

import java.time.Instant;

/** One published revision of an event: numbered 1, 2, 3… per event in the order of approval. */
public record PublishedRevision(int number, Instant publishedAt) {
}
