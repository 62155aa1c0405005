package org.annals.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** User text turned into PostgreSQL values that cannot break out of the statement they are bound into. */
public final class PostgresText {

    private PostgresText() {
    }

    /** A PostgreSQL text[] literal with every element quoted, so no value can break out of it. */
    public static String textArray(Collection<String> values) {
        return "{" + values.stream().sorted().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",")) + "}";
    }

    /**
     * "kursk incur" becomes "kursk:* & incur:*": every word, each as a prefix; punctuation cannot inject syntax. A
     * word in Cyrillic also matches its Latin transliteration ("Київ" finds Kyiv): "(київ:* | kyiv:*)".
     */
    public static String prefixQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String latin = Transliteration.hasCyrillic(lower) ? Transliteration.latin(lower).replaceAll("[^\\p{L}\\p{N}]", "") : lower;
            terms.add(latin.equals(lower) || latin.isEmpty() ? lower + ":*" : "(" + lower + ":* | " + latin + ":*)");
        }
        return String.join(" & ", terms.subList(0, Math.min(terms.size(), 12)));
    }
}
