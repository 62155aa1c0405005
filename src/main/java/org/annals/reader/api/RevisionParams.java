package org.annals.reader.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Reads the pinning and language parameters of the read API, naming the parameter in every refusal. */
final class RevisionParams {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private RevisionParams() {
    }

    /** The years a moment may name: ISO-8601 allows far more than a timestamp (or a timeline) can hold. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static @Nullable Instant asOf(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant moment;
        try {
            moment = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "asOf=" + abbreviate(value)
                    + " is not a moment; use ISO-8601 with a time zone, e.g. 2026-11-25T10:00:00Z");
        }
        if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            throw new InvalidInputException("asOf", "asOf=" + abbreviate(value) + " must fall in the years 1 to 9999");
        }
        return moment;
    }

    static int revision(String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new InvalidInputException("revision", "revision=" + abbreviate(value) + " must be a whole number from 1");
    }

    static Locale language(@Nullable String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        if (value.strip().equalsIgnoreCase("uk")) {
            return UKRAINIAN;
        }
        throw new InvalidInputException("lang", "lang=" + abbreviate(value) + " is not one of [en, uk]");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
