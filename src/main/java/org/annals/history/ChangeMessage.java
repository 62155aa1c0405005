package org.annals.history;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The message an author gives for a change ("Imported from …", "Fixed the date"), recorded on its revision. */
public final class ChangeMessage {

    private static final ThreadLocal<@Nullable String> CURRENT = new ThreadLocal<>();

    private ChangeMessage() {
    }

    /** Runs {@code work} (a transaction) with {@code message} recorded on the revisions it creates. */
    public static <T> T with(String message, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(message.length() > 500 ? message.substring(0, 500) : message);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    static @Nullable String current() {
        return CURRENT.get();
    }
}
