package org.annals.publication.spi;

import java.time.Instant;

/** A note an editor made public: readers see it on the published event's page. Sanitised HTML. */
public record EditorsNote(String author, String bodyHtml, Instant at) {
}
