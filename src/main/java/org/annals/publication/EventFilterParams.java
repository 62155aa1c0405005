package org.annals.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.event.Confidence;
import org.annals.event.EventFilter;
import org.annals.event.EventType;
import org.annals.event.MapArea;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Reads the filter of a public URL or API call (from, to, type, actor, q, tag, confidence, disagree) from its text,
 * naming the parameter in every refusal, so pages, the API and exports accept exactly the same queries.
 */
public final class EventFilterParams {

    private EventFilterParams() {
    }

    public static EventFilter parse(@Nullable String from, @Nullable String to, @Nullable List<String> types,
            @Nullable String actor, @Nullable String q, @Nullable List<String> tags, @Nullable List<String> confidences) {
        return parse(from, to, types, actor, q, tags, confidences, null, null);
    }

    public static EventFilter parse(@Nullable String from, @Nullable String to, @Nullable List<String> types,
            @Nullable String actor, @Nullable String q, @Nullable List<String> tags, @Nullable List<String> confidences,
            @Nullable String disagree, @Nullable String area) {
        return new EventFilter(Set.of(), day("from", from), day("to", to), types(types), words("actor", actor), search(q),
                tags(tags), confidences(confidences), area(area), flag("disagree", disagree));
    }

    /** As above, and {@code fatalities}: only events with at least that many (the best estimate given). */
    public static EventFilter parse(@Nullable String from, @Nullable String to, @Nullable List<String> types,
            @Nullable String actor, @Nullable String q, @Nullable List<String> tags, @Nullable List<String> confidences,
            @Nullable String disagree, @Nullable String area, @Nullable String fatalities) {
        return parse(from, to, types, actor, q, tags, confidences, disagree, area).withMinFatalities(fatalities(fatalities));
    }

    /** "at least so many deaths": a whole number from 0 to the largest figure an event may hold, or none. */
    public static @Nullable Integer fatalities(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!text.matches("[0-9]{1,7}") || Integer.parseInt(text) > org.annals.event.DataSetFields.FATALITIES_MAX) {
            throw new InvalidInputException("fatalities", "fatalities=" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                    + " must be a whole number of deaths from 0 to " + org.annals.event.DataSetFields.FATALITIES_MAX,
                    "link.fatalities", org.annals.event.DataSetFields.FATALITIES_MAX);
        }
        return Integer.parseInt(text);
    }

    /**
     * The filters a link names, in the API's parameter names; {@code values} gives a parameter's values, or null when
     * the link has none (a servlet or Vaadin request's parameters).
     */
    public static EventFilter fromLink(java.util.function.Function<String, @Nullable List<String>> values) {
        return parse(first(values.apply("from")), first(values.apply("to")), values.apply("type"),
                first(values.apply("actor")), first(values.apply("q")), values.apply("tag"), values.apply("confidence"),
                first(values.apply("disagree")), first(values.apply("area")), first(values.apply("fatalities")));
    }

    private static @Nullable String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public static Set<EventType> types(@Nullable List<String> values) {
        return enums(EventType.class, "type", values);
    }

    public static Set<Confidence> confidences(@Nullable List<String> values) {
        return enums(Confidence.class, "confidence", values);
    }

    public static Set<String> tags(@Nullable List<String> values) {
        List<String> tags = split(values);
        tags.forEach(tag -> words("tag", tag));
        return Set.copyOf(tags);
    }

    public static @Nullable String search(@Nullable String q) {
        if (q != null && q.length() > EventFilter.MAX_SEARCH) {
            throw new InvalidInputException("q", "Search for at most " + EventFilter.MAX_SEARCH + " characters (this was "
                    + q.length() + ")", "link.searchTooLong", EventFilter.MAX_SEARCH, q.length());
        }
        return words("q", q);
    }

    /** Text a link or API call looks for: control characters (a NUL, say) are refused, naming the parameter. */
    public static @Nullable String words(String parameter, @Nullable String value) {
        if (value != null && PlainText.hasControlCharacters(value)) {
            throw new InvalidInputException(parameter, parameter + " must not contain control characters",
                    "link.controlCharacters", parameter);
        }
        return value;
    }

    /** A map area as south,west,north,east in degrees, e.g. 44.0,22.0,53.0,41.0. */
    public static @Nullable MapArea area(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length == 4) {
                return new MapArea(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                        Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
            }
        } catch (NumberFormatException e) {
            // refused below with the expected form
        } catch (InvalidInputException e) {
            throw new InvalidInputException("area", "area=" + value + ": " + e.getMessage(), "link.areaProblem", value,
                    org.annals.shared.Wording.of(e));
        }
        throw new InvalidInputException("area", "area=" + value + " must be south,west,north,east in degrees, e.g. 44,22,53,41",
                "link.area", value);
    }

    /** A yes/no parameter: absent, empty or false is no; true (or 1, yes) is yes; anything else is refused. */
    public static boolean flag(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidInputException(name, name + "=" + value + " must be true or false", "link.flag", name, value);
        };
    }

    public static @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 1 || day.getYear() > 9999) {
                throw new InvalidInputException(name, name + "=" + value + " is outside the years 0001–9999", "link.years", name, value);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + "=" + value + " is not a real day; use yyyy-mm-dd, e.g. 2022-02-24",
                    "link.day", name, value);
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String name, @Nullable List<String> values) {
        Set<E> result = EnumSet.noneOf(type);
        for (String part : split(values)) {
            try {
                result.add(Enum.valueOf(type, part.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                String allowed = java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT);
                throw new InvalidInputException(name, name + "=" + part + " is not one of " + allowed, "link.oneOf", name, part, allowed);
            }
        }
        return result;
    }

    private static List<String> split(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
