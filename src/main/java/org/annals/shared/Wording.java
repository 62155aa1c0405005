package org.annals.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sentence a service hands to a screen (a reason in a report, not a thrown refusal): English, and the key and values
 * of the same sentence in the desk's other languages.
 */
public record Wording(String english, @Nullable String key, List<Object> args) {

    public Wording {
        args = List.of(Refusal.values(args.toArray()));
    }

    public static Wording of(String english, String key, Object... args) {
        return new Wording(english, key, List.of(Refusal.values(args)));
    }

    /** A refusal's sentence, kept for a report that goes on after it. */
    public static Wording of(RuntimeException refusal) {
        String message = refusal.getMessage() == null ? "" : refusal.getMessage();
        return refusal instanceof Refusal keyed
                ? new Wording(message, keyed.key(), List.of(keyed.args()))
                : new Wording(message, null, List.of());
    }
}
