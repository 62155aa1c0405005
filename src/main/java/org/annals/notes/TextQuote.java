package org.annals.notes;

import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A passage quoted from a text, like the W3C TextQuoteSelector: the exact words and a little of what comes before
 * and after them, so the passage can be found again (or known to be gone) after the text changes.
 */
public record TextQuote(String exact, String prefix, String suffix) {

    public static final int EXACT_MAX = 1_000;
    public static final int CONTEXT = 32;

    public TextQuote {
        exact = exact == null ? "" : exact.strip().replaceAll("\\s+", " ");
        if (exact.isEmpty()) {
            throw new InvalidInputException("quote", "Select the passage the note is about", "notes.refusal.quote");
        }
        if (exact.length() > EXACT_MAX) {
            throw new InvalidInputException("quote", "Quote at most " + EXACT_MAX + " characters of the text", "notes.refusal.quoteTooLong", EXACT_MAX);
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The passage as a person selected it; the service finds it and fills in the context. */
    public static TextQuote of(String exact) {
        return new TextQuote(exact, "", "");
    }

    public static @Nullable TextQuote ofNullable(@Nullable String exact) {
        return exact == null || exact.isBlank() ? null : of(exact);
    }
}
