package org.annals.publication;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timeline's public corrections log; {@code revision} is the published revision a correction produced
 * (null for a retraction, and for corrections older than the revisions table). {@code minor}: marked a minor change
 * by its approver. {@code changedParts}: for a line nobody wrote, the parts that changed ("headline", "related events"),
 * to be named in the reader's language; empty when {@code note} was written by a person.
 */
public record CorrectionEntry(String eventSlug, String headline, CorrectionKind kind, String note, Instant madeAt,
        @Nullable Integer revision, boolean minor, List<String> changedParts) {
}
