package org.annals.event;

import java.time.Instant;

/** One line of a timeline's public corrections log. */
public record CorrectionEntry(String eventSlug, String headline, CorrectionKind kind, String note, Instant madeAt) {
}
