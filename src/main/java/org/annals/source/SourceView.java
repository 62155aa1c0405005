package org.annals.source;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A source as shown with a citation. */
public record SourceView(String url, @Nullable String publisher, @Nullable String title, @Nullable LocalDate publishedOn,
        @Nullable String language, @Nullable String archiveUrl) {
}
