package org.annals.publication.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.annals.shared.InvalidInputException;

/**
 * Position of an event in the readers' order (the day its date names, its latest day, its id: PublishedFilters.ORDER);
 * encoded as an opaque cursor for keyset pagination.
 */
public record EventKey(LocalDate shown, LocalDate latest, long id) {

    public String encode() {
        String raw = shown + "|" + latest + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static EventKey decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("parts");
            }
            EventKey key = new EventKey(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), Long.parseLong(parts[2]));
            if (key.shown().getYear() < 1 || key.latest().getYear() > 9999) {
                throw new IllegalArgumentException("years");
            }
            return key;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException("cursor", "The cursor is not one this API gave out; start again without it");
        }
    }
}
