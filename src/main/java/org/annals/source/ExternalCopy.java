package org.annals.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A copy of a cited page an outside archive keeps (its host names it: web.archive.org), and when it was taken. */
public record ExternalCopy(String url, String archive, String mementoUrl, @Nullable Instant capturedAt, Instant foundAt) {
}
