package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.annals.shared.DateLabels;
import org.jspecify.annotations.Nullable;

/** One event with everything a page shows about it, and the timeline it belongs to (by id and by slug). */
public record EventDetails(
        EventId id,
        TimelineId timelineId,
        String timelineSlug,
        String slug,
        @Nullable String externalRef,
        EventStatus status,
        long version,
        EventContent content,
        List<ActorLink> actors,
        List<CitationView> citations,
        List<Disagreement> disagreements,
        Instant updatedAt) {

    public String dateLabel(Locale locale) {
        return DateLabels.of(content.start(), content.end(), locale);
    }

    /** The event's dates as one EDTF value: the start, or start/end when it has an end. */
    public String edtf() {
        return EventDates.edtf(content.start(), content.end());
    }

    public boolean sourcesDisagree() {
        return !disagreements.isEmpty() || citations.stream().anyMatch(c -> c.stance() == CitationStance.CONTRADICTS);
    }

    public String permalinkPath() {
        return Permalinks.event(timelineSlug, slug);
    }
}
