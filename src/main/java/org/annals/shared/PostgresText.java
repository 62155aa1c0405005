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
        return prefixQuery(text, word -> List.of());
    }

    /** As {@link #prefixQuery(String)}, each word also matching the other names {@code alternatives} gives for it. */
    public static String prefixQuery(String text, java.util.function.Function<String, List<String>> alternatives) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            java.util.Set<String> forms = new java.util.LinkedHashSet<>();
            forms.add(word);
            if (Transliteration.hasCyrillic(word)) {
                forms.add(Transliteration.latin(word).replaceAll("[^\\p{L}\\p{N}]", ""));
            }
            for (String form : List.copyOf(forms)) {
                alternatives.apply(form).forEach(other -> forms.addAll(words(other)));
            }
            forms.removeIf(String::isEmpty);
            List<String> prefixes = forms.stream().map(form -> form + ":*").toList();
            terms.add(prefixes.size() == 1 ? prefixes.getFirst() : "(" + String.join(" | ", prefixes) + ")");
        }
        return String.join(" & ", terms);
    }

    /** The search's words in lower case, letters and digits only, at most twelve. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < 12) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
