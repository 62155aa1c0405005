package org.annals.source.internal.capture;

import java.text.Normalizer;

/**
 * Whether a verbatim quote occurs in a captured text, as a reader would judge it: the same words in the same order,
 * whatever the spacing, line breaks or the kind of quotation marks and apostrophes (typographic or straight).
 */
public final class QuoteMatch {

    private QuoteMatch() {
    }

    public static boolean occursIn(String quote, String text) {
        String wanted = normal(quote);
        return !wanted.isEmpty() && normal(text).contains(wanted);
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u02BC]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+", " ")
                .strip();
    }
}
