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

    /** "kursk incur" becomes "kursk:* & incur:*": every word, each as a prefix; punctuation cannot inject syntax. */
    public static String prefixQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(word.toLowerCase(Locale.ROOT) + ":*");
            }
        }
        return String.join(" & ", terms.subList(0, Math.min(terms.size(), 12)));
    }
}
