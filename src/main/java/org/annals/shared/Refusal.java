package org.annals.shared;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A refusal a service writes: its English message, and where it has one the key of the same sentence in the desk's
 * other languages with the values to fill in — so a Ukrainian screen shows it in Ukrainian (see
 * {@code ErrorTexts}), while logs and the API keep the English message.
 */
public interface Refusal {

    String getMessage();

    @Nullable String key();

    Object[] args();

    /**
     * Values as text: a year or a count reads 2023, not a locale's "2 023"; a month (as a Date) is formatted by each
     * language's text; a {@link Wording} (a status, say) or {@link Wordings} is read in the screen's language too.
     */
    static Object[] values(Object... args) {
        return Arrays.stream(args).map(a -> a instanceof java.util.Date || a instanceof Wording || a instanceof Wordings ? a : String.valueOf(a))
                .toArray();
    }
}
