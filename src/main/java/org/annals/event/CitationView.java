package org.annals.event;

import org.annals.source.SourceView;
import org.jspecify.annotations.Nullable;

/** A citation as shown on an event page and in the API. */
public record CitationView(SourceView source, @Nullable String quote, @Nullable String supports, CitationStance stance) {
}
