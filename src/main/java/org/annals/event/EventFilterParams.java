package org.annals.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the filter of a public URL or API call (from, to, type, actor, q, tag, confidence) from its text, naming the
 * parameter in every refusal, so pages, the API and exports accept exactly the same queries.
 */
public final class EventFilterParams {

    private EventFilterParams() {
    }

    public static EventFilter parse(@Nullable String from, @Nullable String to, @Nullable List<String> types,
            @Nullable String actor, @Nullable String q, @Nullable List<String> tags, @Nullable List<String> confidences) {
        return new EventFilter(Set.of(), day("from", from), day("to", to), enums(EventType.class, "type", types), actor, q,
                Set.copyOf(split(tags)), enums(Confidence.class, "confidence", confidences));
    }

    public static @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 1 || day.getYear() > 9999) {
                throw new InvalidInputException(name, name + "=" + value + " is outside the years 0001–9999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + "=" + value + " is not a real day; use yyyy-mm-dd, e.g. 2022-02-24");
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String name, @Nullable List<String> values) {
        Set<E> result = EnumSet.noneOf(type);
        for (String part : split(values)) {
            try {
                result.add(Enum.valueOf(type, part.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(name, name + "=" + part + " is not one of "
                        + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    private static List<String> split(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
