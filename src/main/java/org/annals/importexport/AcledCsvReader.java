package org.annals.importexport;

import static org.annals.importexport.CsvRows.blankAsNull;
import static org.annals.importexport.CsvRows.count;
import static org.annals.importexport.CsvRows.placeParts;
import static org.annals.importexport.CsvRows.requiredCount;
import static org.annals.importexport.CsvRows.required;
import static org.annals.importexport.CsvRows.value;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.Confidence;
import org.annals.event.DataSetFields;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.importexport.export.AcledTags;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.MarkdownText;
import org.annals.shared.Wording;
import org.annals.shared.UncertainDate;
import org.apache.commons.csv.CSVRecord;

/**
 * An ACLED export (the CSV layout in {@code shared/formats.md}, old or new, with or without a byte-order mark) read
 * as draft events for editors to check (decision 0018). Nothing is invented: the date keeps ACLED's precision, the
 * place its coordinates and precision, the headline is made of ACLED's own columns, and the summary holds ACLED's
 * notes, fatality count and named sources. ACLED gives no source addresses, so no citation is made: editors add the
 * sources they read. Like a timeline file, the whole export is checked first and every problem named by row.
 */
final class AcledCsvReader extends DataSetReader {

    /**
     * ACLED's data on the war since 2022 is on the order of 200,000 rows; an upload may hold more than twice that. The
     * file is read twice and never held, so the bound is the per-id check of the first reading (a few dozen bytes a row).
     */
    static final int MAX_ROWS = 500_000;

    private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "country", "location", "latitude", "longitude", "geo_precision", "notes");
    /**
     * Strict: 30-02-2019 is refused, not quietly made 28 February. ACLED writes days first; a spreadsheet that opened
     * the export may have saved its dates as 14/08/2020 00:00:00 or 9-May-20 (two-digit years are 2000–2099).
     */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("d-M-uuuu"),
            strict("d/M/uuuu"), strict("d/M/uuuu H:mm[:ss]"), strict("d.M.uuuu"), strict("d MMMM uuuu"), strict("d-MMM-uu"),
            strict("d-MMM-uuuu"), strict("d MMM uuuu"));
    /** Tags longer than Annals allows (ACLED's "crowd size=…" notes can be) are left out rather than refusing the row. */
    private static final int TAG_MAX = 60;

    private static DateTimeFormatter strict(String pattern) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /**
     * One kind per actor name, as the timeline stores it: the timeline's own actors first, then the kind ACLED's
     * inter code gives a name where it is actor1 or actor2 (first row wins); associated actors, which have no code of
     * their own, take their name's kind from there, else organisation.
     */
    private final Map<String, ActorKind> kinds;

    AcledCsvReader(Map<String, ActorKind> timelineActors) {
        this.kinds = new java.util.HashMap<>(timelineActors);
    }

    /** The whole export's events at once, for small files and tests; an upload is read by {@link #check} and {@link #events}. */
    List<ImportedEvent> read(Reader csv) {
        String text;
        try {
            text = readAll(csv);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw CsvRows.encodingChanges();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<ImportedEvent> events = new ArrayList<>();
        read(() -> new java.io.StringReader(text), MAX_ROWS, events::addAll);
        return events;
    }

    /**
     * Reads the export twice, never holding it: first to learn each actor's kind (a name's code may come rows after
     * its first mention) and to check every row, refusing the file with its problems listed before anything is handed
     * over; then to hand over its events {@code chunkSize} at a time.
     */
    void read(Supplier<Reader> source, int chunkSize, Consumer<List<ImportedEvent>> chunks) {
        check(source);
        events(source, chunkSize, chunks);
    }

    /** A first reading that checks every row: the file refused with its problems listed; how many rows it has. */
    int check(Supplier<Reader> source) {
        learnKinds(source);
        int rows = events(source, Integer.MAX_VALUE, chunk -> { });
        problems().refuseIfAny();
        return rows;
    }

    /** Reads each row's actors' kinds (the first code a name has wins): events of any row may name an actor coded later. */
    @Override
    void learnKinds(Supplier<Reader> source) {
        rows(source.get(), row -> {
            learnKind(value(row, "actor1"), value(row, "inter1"));
            learnKind(value(row, "actor2"), value(row, "inter2"));
        });
    }

    @Override
    String idColumn() {
        return "event_id_cnty";
    }

    /** What tells a row of ACLED's monadic layout: the day and place (high half) and the first actor (low half). */
    @Override
    long signature(CSVRecord row) {
        return ((long) (value(row, "event_date") + "\u0000" + value(row, "location")).hashCode() << 32)
                | (value(row, "actor1").hashCode() & 0xFFFFFFFFL);
    }

    /** ACLED's monadic layout repeats an event once per actor: the same id, day and place, another actor1. */
    @Override
    InvalidInputException idTwice(long earlier, long row) {
        return (earlier >>> 32) == (row >>> 32) && (int) earlier != (int) row
                ? new InvalidInputException("event_id_cnty", "the event id appears twice, the event the same "
                        + "and the actors different: this is ACLED's monadic layout (one row per actor); "
                        + "export the dyadic layout (one row per event) and upload that", "import.refusal.monadic")
                : super.idTwice(earlier, row);
    }

    /** Each row of the export, stopping past the limit; the file's own faults (headers, quoting, encoding) refuse it. */
    @Override
    void rows(Reader csv, Consumer<CSVRecord> each) {
        CsvRows.each(csv, REQUIRED, MAX_ROWS, (missing, found) -> new InvalidInputException("file", "Not an ACLED export: "
                + "the columns " + missing + " are missing (found: " + found + ")", "import.refusal.notAcled", missing, found), each);
    }

    private static String readAll(Reader csv) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = csv.read(buffer)) != -1; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private void learnKind(String name, String inter) {
        if (!name.isBlank()) {
            kinds.putIfAbsent(name.strip(), kind(inter, name.strip()));
        }
    }

    @Override
    ImportedEvent event(CSVRecord row) {
        String id = required(row, "event_id_cnty");
        String eventType = required(row, "event_type");
        String subType = required(row, "sub_event_type");
        String location = required(row, "location");
        String placeName = String.join(", ", placeParts(location, value(row, "admin1"), value(row, "country")));
        EventContent content = new EventContent(subType + " in " + placeName + " (ACLED)", summary(row),
                date(row), null, null, place(row, placeName), types(eventType, subType, value(row, "civilian_targeting")),
                tags(row), Confidence.UNVERIFIED, data(row));
        return new ImportedEvent("acled:" + id, null, content, actors(row), List.of(), List.of(), EventStatus.DRAFT);
    }

    /**
     * ACLED's time_precision: 1 the day, 2 "a week or similar period" around it (about the day, a week either side), 3
     * only the month (a mid-month date is given).
     */
    private static UncertainDate date(CSVRecord row) {
        String text = required(row, "event_date");
        LocalDate day = DATES.stream().map(f -> parse(text, f)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new InvalidInputException("event_date", "event_date '" + text
                        + "' is not a date (yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, 9-May-20 or '15 March 2022')", "import.refusal.acledDate", text));
        return switch (required(row, "time_precision")) {
            case "1" -> UncertainDate.parse(day.toString());
            case "2" -> UncertainDate.approximately(day, day.minusDays(7), day.plusDays(7));
            case "3" -> UncertainDate.parse(day.toString().substring(0, 7));
            default -> throw new InvalidInputException("time_precision", "time_precision must be 1, 2 or 3",
                    "import.refusal.oneTwoThree", "time_precision");
        };
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ACLED's geo_precision: 1 the town, 2 near a town or part of a region, 3 a larger region (its capital's point). */
    private static Place place(CSVRecord row, String name) {
        double latitude;
        double longitude;
        try {
            latitude = Double.parseDouble(decimal(required(row, "latitude")));
            longitude = Double.parseDouble(decimal(required(row, "longitude")));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("latitude", "latitude and longitude must be numbers", "import.refusal.coordinates");
        }
        PlacePrecision precision = switch (required(row, "geo_precision")) {
            case "1", "2" -> PlacePrecision.APPROXIMATE;
            case "3" -> PlacePrecision.REGION;
            default -> throw new InvalidInputException("geo_precision", "geo_precision must be 1, 2 or 3",
                    "import.refusal.oneTwoThree", "geo_precision");
        };
        return new Place(name, new GeoPoint(latitude, longitude), precision);
    }

    /** A number as a European spreadsheet writes it (50,1) is read as ACLED wrote it (50.1). */
    private static String decimal(String number) {
        return number.matches("-?\\d+,\\d+") ? number.replace(',', '.') : number;
    }

    /** ACLED's categories in Annals' few types; the exact ACLED categories stay in the tags and the summary. */
    private static Set<EventType> types(String eventType, String subType, String civilianTargeting) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        switch (eventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> types.add(EventType.MILITARY);
            case "Protests", "Riots" -> types.add(EventType.STATEMENT);
            case "Strategic developments" -> types.add(subType.equals("Agreement") ? EventType.DIPLOMATIC : EventType.MILITARY);
            default -> throw new InvalidInputException("event_type", "event_type '" + eventType + "' is not one of ACLED's",
                    "import.refusal.eventType", eventType);
        }
        if (eventType.equals("Violence against civilians") || !civilianTargeting.isBlank()) {
            types.add(EventType.HUMANITARIAN);
        }
        return types;
    }

    private static Set<String> tags(CSVRecord row) {
        Set<String> tags = new LinkedHashSet<>(List.of("acled", AcledTags.of(value(row, "event_type")),
                AcledTags.of(value(row, "sub_event_type"))));
        for (String tag : value(row, "tags").split(";")) {
            String slug = AcledTags.of(tag);
            if (tags.size() < 30 && !slug.isEmpty() && slug.length() <= TAG_MAX) {
                tags.add(slug);
            }
        }
        tags.remove("");
        return tags;
    }

    private static String summary(CSVRecord row) {
        // an ACLED-shaped export guards notes a spreadsheet would run as a formula ('=…): the notes are without it
        StringBuilder text = new StringBuilder(MarkdownText.literal(AnnalsCsvReader.text(value(row, "notes"))));
        text.append("\n\nFrom ACLED (").append(MarkdownText.literal(value(row, "event_id_cnty"))).append("): ")
                .append(MarkdownText.literal(value(row, "event_type"))).append(" / ")
                .append(MarkdownText.literal(value(row, "sub_event_type")));
        if (!value(row, "source").isBlank()) {
            text.append("; sources named: ").append(MarkdownText.literal(value(row, "source")));
        }
        return text.append('.').toString();
    }

    /**
     * ACLED's one fatality figure as the best estimate, the admin areas, its disorder type and interaction, and the
     * codes an ACLED-shaped export gives back (AcledEventWriter), each as ACLED wrote them.
     */
    private static DataSetFields data(CSVRecord row) {
        return DataSetFields.fatalities(count(row, "fatalities"))
                .withAreas(blankAsNull(value(row, "admin1")), blankAsNull(value(row, "admin2")), blankAsNull(value(row, "admin3")))
                .withCodes(blankAsNull(value(row, "disorder_type")), blankAsNull(value(row, "interaction")))
                .withCodes(CsvRows.codes(row, KEPT_CODES));
    }

    /** ACLED's columns kept as codes: what Annals' own fields do not say and an ACLED-shaped export needs. */
    static final List<String> KEPT_CODES = List.of("event_type", "sub_event_type", "actor2", "inter1", "inter2", "civilian_targeting",
            "geo_precision", "location", "country", "iso", "region", "source", "source_scale", "timestamp");

    private List<ActorLink> actors(CSVRecord row) {
        Map<String, ActorLink> actors = new LinkedHashMap<>();
        for (String column : List.of("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")) {
            // civilians (inter code 7) are whom the violence was done to, not a party to it
            ActorRole role = civilians(value(row, column.endsWith("1") ? "inter1" : "inter2")) ? ActorRole.TARGET : ActorRole.PARTICIPANT;
            for (String name : value(row, column).split(";")) {
                if (!name.isBlank()) {
                    actors.putIfAbsent(name.strip(), new ActorLink(name.strip(),
                            kinds.getOrDefault(name.strip(), ActorKind.ORGANISATION), role));
                }
            }
        }
        return List.copyOf(actors.values());
    }

    private static boolean civilians(String inter) {
        return inter.equals("7") || inter.equalsIgnoreCase("civilians");
    }

    /** How ACLED names a state's forces, whatever their code (Russia's in Ukraine are 8, "external/other forces"). */
    private static final java.util.regex.Pattern STATE_FORCES = java.util.regex.Pattern.compile(
            "^(Military|Police|Naval|Air) Forces of ", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** ACLED's inter codes, as numbers (older files) or names; a state's forces by their name too. */
    private static ActorKind kind(String inter, String name) {
        if (STATE_FORCES.matcher(name).find()) {
            return ActorKind.STATE;
        }
        return switch (inter.strip().toLowerCase(Locale.ROOT)) {
            case "1", "state forces" -> ActorKind.STATE;
            case "2", "3", "4", "rebel group", "political militia", "identity militia" -> ActorKind.ARMED_GROUP;
            default -> ActorKind.ORGANISATION;
        };
    }

}
