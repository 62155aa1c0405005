package org.annals.publication;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timeline's public corrections log; {@code revision} is the published revision a correction produced
 * (null for a retraction, and for corrections older than the revisions table).
 */
public record CorrectionEntry(String eventSlug, String headline, CorrectionKind kind, String note, Instant madeAt,
        @Nullable Integer revision) {
}
