package org.annals.publication.internal;

import java.util.Locale;
import org.annals.event.EventDates;
import org.annals.publication.ApiWindow;
import org.annals.publication.EventItem;
import tools.jackson.databind.ObjectMapper;

/**
 * One event as the public window API sends it ({@link ApiWindow.ApiItem}), kept as JSON text in the readers' copy so that PostgreSQL can answer a
 * window by concatenation. The text is stored without the two parts that depend on the request, the date label (one
 * stored column per language) and the permalink (it starts with the request's base URL); {@link #ITEM_SQL} and
 * {@link #item} put them in front in the same way, so the fast path and the fallback send the same JSON.
 */
final class WindowItems {

    /** The whole item, built in SQL from a row of {@code published_event p}: label column and permalink prefix bound. */
    static final String ITEM_SQL = "'{\"display\":' || to_json(p.%s)::text || ',\"permalink\":' || to_json(:permalinkPrefix || p.slug)::text"
            + " || ',' || substr(p.window_item, 2)";

    private WindowItems() {
    }

    static String stored(EventItem item, ObjectMapper json) {
        var point = item.place().point();
        return json.writeValueAsString(new ApiWindow.ApiItem(item.slug(), item.headline(), null,
                EventDates.edtf(item.start(), item.end()), item.start().earliest(), item.lastDay(), item.fuzzy(),
                item.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList(), item.place().name(),
                point == null ? null : point.latitude(), point == null ? null : point.longitude(), item.sourcesDisagree(),
                null));
    }

    /** The languages with a stored label; any other locale gets the English one. */
    static String labelColumn(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? "label_uk" : "label_en";
    }

    static String label(EventItem item, String column) {
        return item.dateLabel("label_uk".equals(column) ? Locale.forLanguageTag("uk") : Locale.ENGLISH);
    }

    /** What {@link #ITEM_SQL} builds, built here: for rows whose stored item is not written yet. */
    static String item(EventItem item, String labelColumn, String permalinkPrefix, ObjectMapper json) {
        return "{\"display\":" + json.writeValueAsString(label(item, labelColumn)) + ",\"permalink\":"
                + json.writeValueAsString(permalinkPrefix + item.slug()) + "," + stored(item, json).substring(1);
    }
}
