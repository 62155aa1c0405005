package org.annals.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.event.ActorLink;
import org.annals.event.EventDetails;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.shared.DateLabels;
import org.annals.shared.DatePrecision;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * A published event as a visual timeline, a map or an embed draws it: no summary, quotes or sources, so a window of a
 * thousand events stays small on the wire and cheap to read.
 */
public record EventItem(long id, String slug, String headline, UncertainDate start, @Nullable UncertainDate end,
        Set<EventType> types, Place place, List<String> actors, boolean sourcesDisagree) {

    /** The fields stored per published event (id and slug live in their own columns). */
    public record Stored(String headline, UncertainDate start, @Nullable UncertainDate end, Set<EventType> types,
            Place place, List<String> actors, boolean sourcesDisagree) {

        public static Stored of(EventDetails event) {
            return new Stored(event.content().headline(), event.content().start(), event.content().end(),
                    event.content().types(), event.content().place(), event.actors().stream().map(ActorLink::name).toList(),
                    event.sourcesDisagree());
        }

        public EventItem with(long id, String slug) {
            return new EventItem(id, slug, headline, start, end, types, place, actors, sourcesDisagree);
        }
    }

    public String dateLabel(Locale locale) {
        return DateLabels.of(start, end, locale);
    }

    /** The last day the event may cover. */
    public LocalDate lastDay() {
        return end == null || !end.latest().isAfter(start.latest()) ? start.latest() : end.latest();
    }

    /** Whether any of its dates is less than a known day (drawn soft-edged, never as a sharp point). */
    public boolean fuzzy() {
        return start.precision() != DatePrecision.DAY || (end != null && end.precision() != DatePrecision.DAY);
    }
}
