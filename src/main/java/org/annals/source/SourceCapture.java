package org.annals.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to capture a cited URL (issue 17): captured, with the final URL after redirects, the HTTP status, the
 * payload's SHA-256 and size and what the page says of itself; or failed, with the reason in words an editor can act on.
 */
public record SourceCapture(long id, String url, Outcome outcome, @Nullable String finalUrl, @Nullable Integer httpStatus,
        @Nullable String contentType, @Nullable String payloadSha256, @Nullable Long payloadBytes, @Nullable String failure,
        @Nullable String title, @Nullable String publisher, @Nullable String publishedOn, Instant capturedAt) {

    public enum Outcome { CAPTURED, FAILED }

    public boolean captured() {
        return outcome == Outcome.CAPTURED;
    }
}
