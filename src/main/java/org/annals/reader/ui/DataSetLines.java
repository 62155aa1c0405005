package org.annals.reader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.event.DataSetFields;
import org.jspecify.annotations.Nullable;

/**
 * What a reader is told of an event's fatalities and administrative areas, one line each, worded the same on the live
 * page and in the first HTML: "Fatalities reported: 12 (between 8 and 20)".
 */
final class DataSetLines {

    /** A translation by key, locale and arguments: the page's or the pre-renderer's. */
    interface Texts {
        String text(String key, Locale locale, Object... values);
    }

    private DataSetLines() {
    }

    static List<String> of(DataSetFields data, Texts texts, Locale locale) {
        List<String> lines = new ArrayList<>();
        String fatalities = fatalities(data, texts, locale);
        if (fatalities != null) {
            lines.add(texts.text("event.fatalities", locale) + ": " + fatalities);
        }
        if (data.areasText() != null) {
            lines.add(texts.text("event.adminAreas", locale) + ": " + data.areasText());
        }
        return lines;
    }

    private static @Nullable String fatalities(DataSetFields data, Texts texts, Locale locale) {
        Integer low = data.fatalitiesLow();
        Integer best = data.fatalitiesBest();
        Integer high = data.fatalitiesHigh();
        String range = low != null && high != null && !low.equals(high) ? texts.text("event.fatalities.between", locale, low, high)
                : low != null && high == null ? texts.text("event.fatalities.atLeast", locale, low)
                : high != null && low == null ? texts.text("event.fatalities.atMost", locale, high)
                : null;
        if (best == null) {
            return range;
        }
        String figure = texts.text("event.fatalities.best", locale, best);
        return range == null ? figure : figure + " (" + range + ")";
    }
}
