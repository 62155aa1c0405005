package org.annals.timeline;

import java.util.Locale;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;

/**
 * Another name readers may search a timeline for: a search for {@code alias} also finds {@code name} (Kiev → Kyiv,
 * Zelenskyy → Zelensky). One word each, in lower case, as search compares them.
 */
public record SearchAlias(String alias, String name) {

    public static final int MAX = 60;

    public SearchAlias {
        alias = word("alias", alias);
        name = word("name", name);
        if (alias.equals(name)) {
            throw new InvalidInputException("alias", "A name is not another name for itself", "admin.refusal.aliasSame");
        }
    }

    private static String word(String field, String text) {
        String word = PlainText.required(field, text, MAX).toLowerCase(Locale.ROOT);
        if (!word.matches("[\\p{L}\\p{N}]+")) {
            throw new InvalidInputException(field, "One word of letters and digits: '" + word + "'", "admin.refusal.aliasWord", word);
        }
        return word;
    }
}
