package org.annals.importexport;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.annals.shared.UncertainDate;
import org.annals.shared.Wording;
import org.annals.source.SourceInput;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A TimelineJS 3 JSON file (its {@code events}; shared/formats.md) read as draft events. A date is as precise as its
 * parts (a year, a month, a day; a day without its month is refused, as TimelineJS would make it January); its
 * {@code display_date} is kept as the date's note, because it is where TimelineJS authors write "c. 2 Apr 2022" or
 * "Spring 2022". The slide's HTML text becomes the summary with its links; every http(s) link and the media are
 * cited. {@code group} is a type when it names one, else a tag; a slide with no type gets the one the importer chose.
 * TimelineJS has no places, actors or confidence: none is invented. Every problem is named by slide.
 */
final class TimelineJsReader {

    private final EventType defaultType;
    private final ImportProblems problems = new ImportProblems();

    TimelineJsReader(EventType defaultType) {
        this.defaultType = defaultType;
    }

    /**
     * Whether a JSON file is TimelineJS's rather than an Annals timeline file: events, and no format naming Annals.
     * Read as a stream of its top-level names (nothing held); a file that is not JSON is left to the Annals reader.
     */
    static boolean isTimelineJs(byte[] file) {
        try (tools.jackson.core.JsonParser parser = TimelineFileParser.untrusted().createParser(file)) {
            if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            boolean events = false;
            while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (name.equals("format")) {
                    return false;
                }
                events |= name.equals("events");
                parser.nextToken();
                parser.skipChildren();
            }
            return events;
        } catch (JacksonException e) {
            return false;
        }
    }

    List<ImportedEvent> read(InputStream file) {
        JsonNode root = TimelineFileParser.tree(file);
        return read(root);
    }

    /** The slides of a TimelineJS document already read (from JSON, or from the Google Sheets template's rows). */
    List<ImportedEvent> read(@Nullable JsonNode root) {
        JsonNode slides = root == null ? null : root.get("events");
        if (slides == null || !slides.isArray() || slides.isEmpty()) {
            throw new InvalidInputException("file", "Not a TimelineJS file: it has no events", "import.refusal.notTimelineJs");
        }
        TimelineFileParser.requireAtMostMaxEvents(slides.size());
        List<ImportedEvent> events = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            JsonNode slide = slides.get(i);
            String id = text(slide, "unique_id");
            Wording where = Wording.of("slide " + (i + 1) + (id == null ? "" : " (" + id + ")"), "import.where.slide", i + 1,
                    id == null ? "" : " (" + id + ")");
            try {
                events.add(event(slide, i + 1, id));
            } catch (InvalidInputException e) {
                problems.add(ImportProblems.at(where, e));
            }
        }
        problems.refuseIfAny();
        return events;
    }

    private ImportedEvent event(JsonNode slide, int number, @Nullable String id) {
        if (!slide.isObject()) {
            throw new InvalidInputException("slide", "a slide is a JSON object", "import.refusal.slideObject");
        }
        JsonNode text = slide.path("text");
        String headline = plain(text(text, "headline"));
        if (headline == null) {
            throw new InvalidInputException("headline", "a slide needs a headline to become an event", "import.refusal.slideHeadline");
        }
        UncertainDate start = date("start_date", slide.get("start_date"));
        UncertainDate end = slide.hasNonNull("end_date") ? date("end_date", slide.get("end_date")) : null;
        String displayDate = plain(text(slide, "display_date"));
        if (displayDate == null) {
            displayDate = plain(text(slide.path("start_date"), "display_date"));
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<String> tags = new LinkedHashSet<>(List.of("timelinejs"));
        String group = plain(text(slide, "group"));
        if (group != null) {
            EventType named = typeNamed(group);
            if (named != null) {
                types.add(named);
            } else {
                tags.add(EventContent.normalTag(group).replaceAll("[^\\p{L}\\p{N}-]+", "-").replaceAll("^-+|-+$", ""));
            }
        }
        if (types.isEmpty()) {
            types.add(defaultType);
        }
        tags.remove("");
        Map<String, SourceInput> sources = new LinkedHashMap<>();
        StringBuilder ownNote = new StringBuilder();
        String summary = summary(text(text, "text"), sources, ownNote);
        JsonNode media = slide.path("media");
        String mediaUrl = text(media, "url");
        if (mediaUrl != null && mediaUrl.matches("(?i)https?://.+")) {
            sources.putIfAbsent(mediaUrl.strip(), new SourceInput(mediaUrl.strip(), plain(text(media, "credit")),
                    plain(text(media, "caption")), null, null, null));
        }
        List<CitationInput> citations = sources.values().stream()
                .map(s -> new CitationInput(s, null, null, CitationStance.AGREES)).toList();
        // a label that says more than the date's parts (c. 2 Apr 2022, Spring 2022) is what the author knew of the date
        String note = !ownNote.isEmpty() ? cut(ownNote.toString(), EventContent.DATE_NOTE_MAX)
                : displayDate == null || displayDate.equals(org.annals.shared.DateLabels.of(start, end, Locale.ENGLISH))
                ? null : "Shown in the TimelineJS file as “" + cut(displayDate, 1_900) + "”.";
        String ref = ref(id, number);
        EventContent content = new EventContent(PlainText.required("headline", cut(headline, EventContent.HEADLINE_MAX),
                EventContent.HEADLINE_MAX), summary, start, end, note, Place.UNKNOWN, types, tags, Confidence.UNVERIFIED);
        // the slug is made here (from the date and headline, numbered when taken): a unique_id may be another
        // timeline's slug, and importing a timeline's own TimelineJS export into it again must not fail on it
        return new ImportedEvent(ref, null, content, List.of(), citations, List.of(), EventStatus.DRAFT);
    }

    /**
     * The key a re-import recognises a slide by: its unique_id, or a digest of one longer than a key may be; a slide
     * without one is known by its place in the file.
     */
    static String ref(@Nullable String id, int number) {
        if (id == null) {
            return "timelinejs:" + number;
        }
        if (id.length() <= 40) {
            return id;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "tljs:" + java.util.HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TimelineJS date: its year, month and day as numbers or digit strings; as precise as the parts it has. */
    private static UncertainDate date(String field, @Nullable JsonNode date) {
        if (date == null || !date.isObject()) {
            throw new InvalidInputException(field, field + " is required, with at least its year", "import.refusal.slideDate", field);
        }
        String year = number(date, "year");
        String month = number(date, "month");
        String day = number(date, "day");
        if (year == null) {
            throw new InvalidInputException(field, field + " is required, with at least its year", "import.refusal.slideDate", field);
        }
        if (day != null && month == null) {
            throw new InvalidInputException(field, field + ": a day without its month (TimelineJS would make it January)",
                    "import.refusal.dayWithoutMonth", field);
        }
        String edtf = String.format(Locale.ROOT, "%04d", Integer.parseInt(year))
                + (month == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(month)))
                + (day == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(day)));
        return UncertainDate.parse(edtf);
    }

    /** A date part as digits (TimelineJS accepts numbers or digit strings; "February" is an error there too). */
    private static @Nullable String number(JsonNode date, String part) {
        JsonNode value = date.get(part);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            return null;
        }
        String digits = value.isIntegralNumber() ? value.asString() : value.isString() ? value.asString().strip() : "";
        if (!digits.matches("\\d{1,4}")) {
            throw new InvalidInputException(part, "the " + part + " '" + cut(value.toString(), 20) + "' is not a number",
                    "import.refusal.datePart", part, cut(value.toString(), 20));
        }
        return digits;
    }

    private static @Nullable EventType typeNamed(String group) {
        for (EventType type : EventType.values()) {
            if (type.name().equalsIgnoreCase(group.strip())) {
                return type;
            }
        }
        return null;
    }

    /**
     * The slide's HTML as Markdown a reader sees as written: paragraphs and line breaks kept, links as Markdown links
     * (and cited), everything else as its text; what Markdown would read as markup is escaped.
     */
    private static @Nullable String summary(@Nullable String html, Map<String, SourceInput> sources, StringBuilder ownNote) {
        if (html == null || html.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html).body();
        // what an Annals TimelineJS export marked: its note on the date is the note, its list of sources only cited
        for (Element note : body.select("p.annals-date-note")) {
            ownNote.append(note.text().replaceFirst("^On the date: ", "").strip());
            note.remove();
        }
        for (Element list : body.select("p.annals-sources")) {
            list.select("a[href]").forEach(a -> write(a, new StringBuilder(), sources));
            list.remove();
        }
        for (Node node : body.childNodes()) {
            write(node, out, sources);
        }
        String markdown = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return markdown.isEmpty() ? null : cut(markdown, EventContent.SUMMARY_MAX);
    }

    private static void write(Node node, StringBuilder out, Map<String, SourceInput> sources) {
        if (node instanceof TextNode text) {
            out.append(org.annals.shared.MarkdownText.literal(text.text()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("script") || tag.equals("style")) {
            return;
        }
        if (tag.equals("br")) {
            out.append("\n");
            return;
        }
        if (tag.equals("a") && element.attr("href").matches("(?i)https?://\\S+")) {
            String href = element.attr("href").strip();
            if (href.length() <= 2000) {
                sources.putIfAbsent(href, new SourceInput(href, null, null, null, null, null));
            }
            out.append('[').append(org.annals.shared.MarkdownText.literal(element.text())).append("](").append(href.replace(")", "%29")).append(')');
            return;
        }
        boolean block = element.isBlock();
        if (block) {
            out.append("\n\n");
        }
        element.childNodes().forEach(child -> write(child, out, sources));
        if (block) {
            out.append("\n\n");
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isString() || value.asString().isBlank() ? null : value.asString();
    }

    /** The text of a field that may hold HTML (a headline, a caption), as plain text. */
    private static @Nullable String plain(@Nullable String html) {
        if (html == null) {
            return null;
        }
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
