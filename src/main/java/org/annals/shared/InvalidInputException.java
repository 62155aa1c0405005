package org.annals.shared;

import org.jspecify.annotations.Nullable;

/**
 * Input a person or a client gave that Annals refuses, with the field it concerns (null for the whole input).
 * Forms show the message at the field; the API answers 400 problem+json with it. The message is English; where a
 * {@code key} is given (with its {@code args}, kept as text), screens in another language show that key's text instead
 * ({@code shared.ui.ErrorTexts}).
 */
public class InvalidInputException extends KeyedRefusal {

    private final @Nullable String field;

    public InvalidInputException(@Nullable String field, String message) {
        this(field, message, null);
    }

    public InvalidInputException(@Nullable String field, String message, @Nullable String key, Object... args) {
        super(message, key, args);
        this.field = field;
    }

    /** The same refusal about another field (a form's field for a value checked elsewhere). */
    public InvalidInputException at(@Nullable String otherField) {
        return new InvalidInputException(otherField, getMessage(), key(), args());
    }

    public @Nullable String field() {
        return field;
    }
}
