package org.annals.publication;

import java.time.Instant;

/** A published event's permalink slug and when its current text was published (for sitemaps). */
public record PublishedPermalink(String eventSlug, Instant publishedAt) {
}
