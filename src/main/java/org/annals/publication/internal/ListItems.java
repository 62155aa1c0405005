package org.annals.publication.internal;

import java.util.Locale;
import org.annals.event.EventDetails;
import org.annals.publication.ApiEvent;
import tools.jackson.databind.ObjectMapper;

/**
 * One event as the public events list sends it ({@link ApiEvent} without citations, disagreements and relations),
 * kept as JSON text per language in the readers' copy, so a page or a search passes PostgreSQL's bytes through. The
 * permalink is put in front per request ({@link #ITEM_SQL}), as for {@link WindowItems}. {@code ReaderApiIT} checks
 * that this text equals what the API writes from the document.
 */
final class ListItems {

    /** The whole item from a row of {@code published_event p}: its language column and the permalink prefix bound. */
    static final String ITEM_SQL = "'{\"permalink\":' || to_json(:permalinkPrefix || p.slug)::text || ',' || substr(p.%s, 2)";

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private ListItems() {
    }

    static String column(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? "list_item_uk" : "list_item_en";
    }

    static String stored(EventDetails event, Locale locale, ObjectMapper json) {
        return json.writeValueAsString(ApiEvent.listItem(event, locale));
    }
}
