package org.annals.importexport;

import static org.annals.importexport.CsvRows.value;

import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.shared.InvalidInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * TimelineJS's Google Sheets template saved as CSV (File → Download → Comma-separated values): each row the slide
 * TimelineJS makes of it, read then as a TimelineJS file is (decision 0029). Columns by name, in any order and case:
 * Year, Month, Day, End Year, End Month, End Day, Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Group, Type. A row of type "title" is the timeline's title slide, not an event; "era" rows are spans drawn behind
 * the slides, not events either: both are left out. Time, End Time, Media Thumbnail and Background have no place in an
 * Annals event and are not read.
 */
final class TimelineJsSheet {

    private static final List<String> REQUIRED = List.of("year", "headline");

    private TimelineJsSheet() {
    }

    /** Whether a CSV file's first line is the template's: its Year, Headline and Display Date columns. */
    static boolean isSheet(Set<String> headers) {
        return headers.contains("year") && headers.contains("headline") && headers.contains("display date");
    }

    /** The rows as a TimelineJS document ({@code {"events": [...]}}); refused when it is not the template's CSV. */
    static ObjectNode slides(Reader csv) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        ArrayNode events = root.putArray("events");
        CsvRows.each(csv, REQUIRED, TimelineFileParser.MAX_EVENTS + 1, (missing, found) -> new InvalidInputException("file",
                "Not TimelineJS's Google Sheets template: the columns " + missing + " are missing (found: " + found + ")",
                "import.refusal.notSheet", missing, found), row -> {
            String type = value(row, "type").toLowerCase(Locale.ROOT);
            if (type.equals("title") || type.equals("era") || CsvRows.blank(row)) {
                return;
            }
            ObjectNode slide = events.addObject();
            slide.set("start_date", date(json, value(row, "year"), value(row, "month"), value(row, "day")));
            if (!value(row, "end year").isEmpty()) {
                slide.set("end_date", date(json, value(row, "end year"), value(row, "end month"), value(row, "end day")));
            }
            put(slide, "display_date", value(row, "display date"));
            ObjectNode text = slide.putObject("text");
            put(text, "headline", value(row, "headline"));
            put(text, "text", value(row, "text"));
            if (!value(row, "media").isEmpty()) {
                ObjectNode media = slide.putObject("media");
                put(media, "url", value(row, "media"));
                put(media, "credit", value(row, "media credit"));
                put(media, "caption", value(row, "media caption"));
            }
            put(slide, "group", value(row, "group"));
        });
        return root;
    }

    private static ObjectNode date(JsonNodeFactory json, String year, String month, String day) {
        ObjectNode date = json.objectNode();
        put(date, "year", year);
        put(date, "month", month);
        put(date, "day", day);
        return date;
    }

    private static void put(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }
}
