package org.annals.review;

import org.annals.event.EventId;
import org.annals.shared.Wording;
import org.jspecify.annotations.Nullable;

/** What a bulk action did to one event, and when it did nothing, why (for the editor's per-event report). */
public record BulkOutcome(EventId eventId, String headline, Result result, @Nullable Wording reason) {

    public enum Result {
        CHANGED, UNCHANGED, REFUSED
    }
}
