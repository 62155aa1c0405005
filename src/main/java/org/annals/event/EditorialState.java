package org.annals.event;

import org.jspecify.annotations.Nullable;

/**
 * Where an event's working copy stands, for editors and reviewers only (never published): who wrote it last, who
 * submitted it, what the reviewer said when returning it, and whether readers currently see a published version.
 */
public record EditorialState(EventId eventId, long version, EventStatus status, @Nullable String lastEditedBy,
        @Nullable String submittedBy, @Nullable String reviewComment, boolean hasPublishedVersion) {

    /** A published event being corrected: readers keep the published version until this is approved. */
    public boolean pendingCorrection() {
        return hasPublishedVersion && (status == EventStatus.DRAFT || status == EventStatus.IN_REVIEW);
    }
}
