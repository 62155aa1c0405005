package org.annals.importexport;

import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.annals.importexport.TimelineFile.EventPart;
import org.annals.importexport.TimelineFile.TimelinePart;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a timeline file as a stream, one event at a time, so the server's work follows the events a file may hold,
 * not what it happens to contain: an 8 MB file of three million empty objects stops at the
 * {@value #MAX_EVENTS}-event limit instead of being held whole in memory. Nesting, names and single values are
 * bounded as well (no field of the format nests deeper than four levels or needs a megabyte).
 */
final class TimelineFileParser {

    /** Far above any hand-curated timeline (the first one has 65 events); bigger sets come as several files. */
    static final int MAX_EVENTS = 50_000;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(32)
            .maxStringLength(1_000_000).maxNameLength(1_000).maxNumberLength(100).build();

    /**
     * Its own mapper rather than the application's: these limits belong to untrusted uploads only. A key given twice
     * is refused rather than read as its last value (the file says two things); fields the format does not know are
     * passed over, as they always were; what follows an event is the next event, not "trailing" content.
     */
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The mapper for untrusted uploads, with the limits above (other JSON formats read with it too). */
    static JsonMapper untrusted() {
        return JSON;
    }

    /** A whole JSON document under the limits, or a refusal that says why it is not JSON. */
    static tools.jackson.databind.JsonNode tree(InputStream file) {
        try {
            return JSON.readTree(file);
        } catch (tools.jackson.core.JacksonException e) {
            throw new InvalidInputException("file", "The file is not readable JSON: " + e.getOriginalMessage(),
                    "import.refusal.notJsonAtAll", String.valueOf(e.getOriginalMessage()));
        }
    }

    /** Refuses a file of more events than one file may hold. */
    static void requireAtMostMaxEvents(int events) {
        if (events > MAX_EVENTS) {
            String most = String.format(Locale.ROOT, "%,d", MAX_EVENTS);
            throw new InvalidInputException("file", "The file has more than " + most + " events, the most one file may hold; "
                    + "nothing was imported. Split it into several files.", "import.refusal.tooManyEvents", most);
        }
    }

    /** What the file says besides its events. */
    record Header(@Nullable String format, @Nullable TimelinePart timeline, int events) {
    }

    private TimelineFileParser() {
    }

    /** Hands each event to {@code each} as it is read (null for a {@code null} in the list) and returns the rest. */
    static Header parse(InputStream file, Consumer<@Nullable EventPart> each) {
        try (JsonParser parser = JSON.createParser(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException("file", "The file is not an Annals timeline: it must be one JSON object "
                        + "with format, timeline and events", "import.refusal.notAnnals");
            }
            String format = null;
            TimelinePart timeline = null;
            int events = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "format" -> format = value.isScalarValue() ? parser.getValueAsString() : skipped(parser);
                    case "timeline" -> timeline = JSON.readValue(parser, TimelinePart.class);
                    case "events" -> events = events(parser, each);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("file", "The file goes on after its closing brace (line "
                        + parser.currentLocation().getLineNr() + ")", "import.refusal.trailing", parser.currentLocation().getLineNr());
            }
            return new Header(format, timeline, events);
        } catch (JacksonException e) {
            // the parser's own words say what it met; they stay English (they name JSON's tokens)
            String what = e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")");
            throw new InvalidInputException("file", "The file is not valid Annals JSON: " + what, "import.refusal.notJson", what);
        }
    }

    private static int events(JsonParser parser, Consumer<@Nullable EventPart> each) {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException("file", "events: must be a list of events (line "
                    + parser.currentLocation().getLineNr() + ")", "import.refusal.eventsNotList", parser.currentLocation().getLineNr());
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (++count > MAX_EVENTS) {
                throw new InvalidInputException("file", "The file has more than " + String.format(Locale.ROOT, "%,d",
                        MAX_EVENTS) + " events, the most one file may hold; nothing was imported. Split it into several "
                        + "files.", "import.refusal.tooManyEvents", String.format(Locale.ROOT, "%,d", MAX_EVENTS));
            }
            each.accept(parser.currentToken() == JsonToken.VALUE_NULL ? null : JSON.readValue(parser, EventPart.class));
        }
        return count;
    }

    private static @Nullable String skipped(JsonParser parser) {
        parser.skipChildren();
        return null;
    }
}
