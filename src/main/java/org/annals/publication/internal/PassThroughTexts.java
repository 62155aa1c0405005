package org.annals.publication.internal;

import java.util.Locale;
import org.annals.event.EventDetails;
import org.annals.publication.EventItem;
import tools.jackson.databind.ObjectMapper;

/**
 * What the readers' copy stores besides the document so that PostgreSQL can answer the public window and events list
 * by concatenation (decision 0013): the window item and its date labels ({@link WindowItems}) and the list item per
 * language ({@link ListItems}). Written at publication and, for older rows, by {@link PassThroughFill}: one source.
 */
record PassThroughTexts(String windowItem, String labelEn, String labelUk, String listEn, String listUk) {

    static PassThroughTexts of(EventDetails event, ObjectMapper json) {
        EventItem item = EventItem.Stored.of(event).with(event.id().value(), event.slug());
        return new PassThroughTexts(WindowItems.stored(item, json), WindowItems.label(item, "label_en"),
                WindowItems.label(item, "label_uk"), ListItems.stored(event, Locale.ENGLISH, json),
                ListItems.stored(event, ListItems.UKRAINIAN, json));
    }
}
