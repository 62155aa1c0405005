package org.annals.shared;

import org.jspecify.annotations.Nullable;

/**
 * Input a person or a client gave that Annals refuses, with the field it concerns (null for the whole input).
 * Forms show the message at the field; the API answers 400 problem+json with it.
 */
public class InvalidInputException extends RuntimeException {

    private final @Nullable String field;

    public InvalidInputException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }
}
