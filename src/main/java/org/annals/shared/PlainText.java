package org.annals.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks for text fields shown as plain text (headlines, names, quotes): trimmed, bounded, no control characters and
 * no HTML markup. Refusing markup with a message beats silently showing "&lt;b&gt;" to readers.
 */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private PlainText() {
    }

    public static String required(String field, @Nullable String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, label(field) + " is required", "form.text.required", label(field));
        }
        return text;
    }

    public static @Nullable String optional(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, label(field) + " is too long: " + text.length()
                    + " characters, at most " + maxLength, "form.text.tooLong", label(field), text.length(), maxLength);
        }
        if (MARKUP.matcher(text).find()) {
            throw new InvalidInputException(field, label(field) + " must be plain text: HTML tags and scripts are not allowed",
                    "form.text.markup", label(field));
        }
        if (hasControlCharacters(text)) {
            throw new InvalidInputException(field, label(field) + " contains control characters", "form.text.control", label(field));
        }
        return text;
    }

    /** Whether the text holds control characters other than newlines and tabs (a NUL, say, which no database stores). */
    public static boolean hasControlCharacters(String text) {
        return CONTROL.matcher(text).find();
    }

    /** Whether the text holds HTML tags or a script URL, which a plain-text field refuses. */
    public static boolean hasMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    public static String withoutControlCharacters(String text) {
        return CONTROL.matcher(text).replaceAll("");
    }

    static String label(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
