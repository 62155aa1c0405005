package org.annals.publication.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.annals.event.EventDetails;
import org.annals.event.Place;
import org.annals.shared.DateLabels;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * One event as the public events list sends it (the API's event without citations, disagreements and relations),
 * kept as JSON text per language in the readers' copy, so a page or a search passes PostgreSQL's bytes through. The
 * permalink is put in front per request ({@link #ITEM_SQL}), as for {@link WindowItems}. {@code ReaderApiIT} checks
 * that this text equals what the API writes from the document.
 */
final class ListItems {

    record Stored(String slug, String headline, @Nullable String summary, String edtf, String display, Date start,
            @Nullable Date end, Place place, List<Actor> actors, List<String> types, List<String> tags,
            String confidence, boolean sourcesDisagree, @Nullable Object citations, @Nullable Object disagreements,
            @Nullable Object relations) {
    }

    record Date(String edtf, LocalDate earliest, LocalDate latest, String precision, String display) {

        static Date of(UncertainDate date, Locale locale) {
            return new Date(date.toEdtf(), date.earliest(), date.latest(), date.precision().name(), DateLabels.of(date, locale));
        }
    }

    record Place(@Nullable String name, @Nullable Double latitude, @Nullable Double longitude, String precision) {
    }

    record Actor(String name, String kind, String role) {
    }

    /** The whole item from a row of {@code published_event p}: its language column and the permalink prefix bound. */
    static final String ITEM_SQL = "'{\"permalink\":' || to_json(:permalinkPrefix || p.slug)::text || ',' || substr(p.%s, 2)";

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private ListItems() {
    }

    static String column(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? "list_item_uk" : "list_item_en";
    }

    static String stored(EventDetails event, Locale locale, ObjectMapper json) {
        var content = event.content();
        var point = content.place().point();
        return json.writeValueAsString(new Stored(event.slug(), content.headline(), content.summary(), event.edtf(),
                event.dateLabel(locale), Date.of(content.start(), locale),
                content.end() == null ? null : Date.of(content.end(), locale),
                new Place(content.place().name(), point == null ? null : point.latitude(),
                        point == null ? null : point.longitude(), content.place().precision().name()),
                event.actors().stream().map(a -> new Actor(a.name(), a.kind().name(), a.role().name())).toList(),
                content.types().stream().map(Enum::name).sorted().toList(), content.tags().stream().sorted().toList(),
                content.confidence().name(), event.sourcesDisagree(), null, null, null));
    }
}
