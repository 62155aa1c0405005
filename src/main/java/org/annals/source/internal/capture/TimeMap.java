package org.annals.source.internal.capture;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Memento TimeMap in link format (RFC 7089 §5.1, RFC 6690): the mementos of one page, each with its datetime. Read
 * leniently — an entry without a datetime, or with a datetime not in the HTTP date format, is passed over.
 */
record TimeMap(List<Memento> mementos) {

    record Memento(URI uri, Instant datetime) {
    }

    /** One link: {@code <uri>} and its parameters, up to the comma that starts the next. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,=\\s]+(?:\\s*=\\s*(?:\"[^\"]*\"|[^;,\\s]*))?)*)");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([^;,=\\s]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]*)))?");

    static TimeMap parse(String body, URI base) {
        List<Memento> found = new ArrayList<>();
        Matcher link = LINK.matcher(body);
        while (link.find()) {
            String rel = null;
            String datetime = null;
            Matcher parameter = PARAMETER.matcher(link.group(2));
            while (parameter.find()) {
                String value = parameter.group(2) != null ? parameter.group(2) : parameter.group(3);
                switch (parameter.group(1).toLowerCase(Locale.ROOT)) {
                    case "rel" -> rel = value;
                    case "datetime" -> datetime = value;
                    default -> { }
                }
            }
            Instant at = datetime == null ? null : httpDate(datetime);
            if (rel != null && List.of(rel.toLowerCase(Locale.ROOT).split("\\s+")).contains("memento") && at != null) {
                try {
                    found.add(new Memento(base.resolve(link.group(1).strip()), at));
                } catch (IllegalArgumentException notAUri) {
                    // an entry that is not a URI is passed over
                }
            }
        }
        return new TimeMap(List.copyOf(found));
    }

    Optional<Memento> newest() {
        return mementos.stream().max(Comparator.comparing(Memento::datetime));
    }

    private static @Nullable Instant httpDate(String text) {
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
