package org.annals.importexport;

import static org.annals.importexport.CsvRows.blankAsNull;
import static org.annals.importexport.CsvRows.value;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.DataSetFields;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.shared.DatePrecision;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.apache.commons.csv.CSVRecord;

/**
 * Annals' own CSV (the export's columns, docs/exports.md) read back as draft events, so a desk can export a view, work
 * on it in a spreadsheet and bring it in again: dates from their EDTF with the explicit windows beside it (an
 * approximate day keeps its own window, a range its two ends), the place with its precision, actors with their kinds and
 * roles ({@code actor_roles}), citations with their quotes, tags, the note on the date, fatalities and codes. Its
 * {@code ref} is the key a re-import recognises. Disagreements are written as sentences for readers and are not read
 * back: the Annals file carries them.
 */
final class AnnalsCsvReader extends DataSetReader {

    static final int MAX_ROWS = AcledCsvReader.MAX_ROWS;

    private static final List<String> REQUIRED = List.of("ref", "headline", "edtf", "start_precision", "start_earliest",
            "start_latest", "types", "confidence");

    /** The timeline's own actors' kinds, for a file whose actors come without theirs. */
    private final Map<String, ActorKind> kinds;

    AnnalsCsvReader(Map<String, ActorKind> timelineActors) {
        this.kinds = Map.copyOf(timelineActors);
    }

    /** Whether a file's first line names the export's own columns. */
    static boolean isAnnalsCsv(Set<String> headers) {
        return headers.containsAll(List.of("ref", "headline", "edtf", "start_precision"));
    }

    @Override
    void rows(Reader csv, Consumer<CSVRecord> each) {
        CsvRows.each(csv, REQUIRED, MAX_ROWS, (missing, found) -> new InvalidInputException("file", "Not an Annals CSV export: "
                + "the columns " + missing + " are missing (found: " + found + ")", "import.refusal.notAnnalsCsv", missing, found), each);
    }

    @Override
    String idColumn() {
        return "ref";
    }

    @Override
    ImportedEvent event(CSVRecord row) {
        // a cell the export guarded against spreadsheets ('=…) is read without the guard, once, here
        return event(column -> text(value(row, column)), kinds);
    }

    /**
     * A row's cells by column name, as text ("" when absent): a CSV row's, or a GeoJSON feature's properties
     * ({@link GeoJsonReader}), which name the same columns.
     */
    @FunctionalInterface
    interface Cells {
        String value(String column);

        default String required(String column) {
            String text = value(column);
            if (text.isBlank()) {
                throw new InvalidInputException(column, column + " is empty", "import.refusal.emptyColumn", column);
            }
            return text;
        }

        default @org.jspecify.annotations.Nullable Integer count(String column) {
            String text = value(column);
            if (text.isEmpty()) {
                return null;
            }
            if (!text.matches("[0-9]{1,7}")) {
                throw new InvalidInputException(column, column + " must be a whole number of deaths, not '" + text + "'",
                        "import.refusal.gedCount", column, text);
            }
            return Integer.parseInt(text);
        }
    }

    /** The event a row's cells make; {@code kinds}: the timeline's actors' kinds, for actors given without theirs. */
    static ImportedEvent event(Cells row, Map<String, ActorKind> kinds) {
        UncertainDate start = start(row);
        String endEdtf = row.value("end_edtf");
        UncertainDate end = endEdtf.isEmpty() ? null : date(endEdtf, "end_edtf", row.value("end_earliest"), row.value("end_latest"));
        EventContent content = new EventContent(row.required("headline"), blankAsNull(row.value("summary")), start, end,
                blankAsNull(row.value("date_note")), place(row), types(row), tags(row), confidence(row), data(row));
        String slug = blankAsNull(row.value("slug"));
        return new ImportedEvent(row.value("ref"), slug, content, actors(row, kinds), citations(row), List.of(), EventStatus.DRAFT);
    }

    /** The export guards text a spreadsheet would run as a formula with an apostrophe; the text itself has none. */
    static String text(String cell) {
        return org.annals.shared.SpreadsheetText.unguard(cell);
    }

    /**
     * The start from its precision and window: a range is its two ends, an approximate day its nominal day (from the
     * EDTF) in its own window, anything else its EDTF.
     */
    private static UncertainDate start(Cells row) {
        String edtf = row.required("edtf");
        // with an end, the EDTF is "start/end"; without one, an interval is the start's own window
        boolean hasEnd = !row.value("end_edtf").isEmpty();
        String first = hasEnd && edtf.indexOf('/') > 0 ? edtf.substring(0, edtf.indexOf('/')) : edtf;
        if (row.value("start_precision").isEmpty()) {
            // a file that gives the date as EDTF alone (a GeoJSON file from elsewhere): the EDTF says all
            return date(first, "edtf", "", "");
        }
        DatePrecision precision = enumValue(DatePrecision.class, "start_precision", row.required("start_precision"));
        LocalDate earliest = day("start_earliest", row.required("start_earliest"));
        LocalDate latest = day("start_latest", row.required("start_latest"));
        if (precision == DatePrecision.RANGE) {
            return UncertainDate.between(earliest, latest);
        }
        return date(first, "edtf", earliest.toString(), latest.toString());
    }

    private static UncertainDate date(String edtf, String column, String earliest, String latest) {
        UncertainDate parsed;
        try {
            parsed = UncertainDate.parse(edtf);
        } catch (InvalidInputException e) {
            throw e.at(column);
        }
        if (parsed.precision() == DatePrecision.APPROXIMATE && !earliest.isEmpty() && !latest.isEmpty()) {
            LocalDate from = day(column, earliest);
            LocalDate to = day(column, latest);
            if (from.isAfter(parsed.nominal()) || to.isBefore(parsed.nominal())) {
                throw new InvalidInputException(column, column + ": the window " + from + "…" + to + " does not hold the day "
                        + parsed.nominal(), "import.refusal.csvWindow", column, from.toString(), to.toString(), parsed.nominal().toString());
            }
            return UncertainDate.approximately(parsed.nominal(), from, to);
        }
        return parsed;
    }

    private static LocalDate day(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(column, column + " '" + text + "' is not a date (yyyy-mm-dd)",
                    "import.refusal.gedDate", column, text);
        }
    }

    private static Place place(Cells row) {
        String latitude = row.value("latitude");
        String longitude = row.value("longitude");
        GeoPoint point = null;
        if (!latitude.isEmpty() || !longitude.isEmpty()) {
            try {
                point = new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("latitude", "latitude and longitude must be numbers", "import.refusal.coordinates");
            }
        }
        String precision = row.value("place_precision");
        return new Place(blankAsNull(row.value("place")), point,
                precision.isEmpty() ? null : enumValue(PlacePrecision.class, "place_precision", precision));
    }

    private static Set<EventType> types(Cells row) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String type : row.required("types").split(";")) {
            if (!type.isBlank()) {
                types.add(enumValue(EventType.class, "types", type.strip()));
            }
        }
        return types;
    }

    private static Set<String> tags(Cells row) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : row.value("tags").split(";")) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    private static Confidence confidence(Cells row) {
        return enumValue(Confidence.class, "confidence", row.required("confidence"));
    }

    private static DataSetFields data(Cells row) {
        return new DataSetFields(row.count("fatalities_low"), row.count("fatalities_best"), row.count("fatalities_high"),
                blankAsNull(row.value("admin1")), blankAsNull(row.value("admin2")), blankAsNull(row.value("admin3")),
                blankAsNull(row.value("disorder_type")), blankAsNull(row.value("interaction")), codes(row));
    }

    /** {@code codes}: a data set's own codes, "name=value" one per line. */
    private static Map<String, String> codes(Cells row) {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (String line : parts(row.value("codes"), "\n")) {
            int at = line.indexOf('=');
            if (at < 1) {
                throw new InvalidInputException("codes", "codes: each line is name=value, not '" + line + "'",
                        "import.refusal.codeLine", line);
            }
            codes.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
        }
        return codes;
    }

    /** Names from {@code actors}, each with "kind/role" from {@code actor_roles} in the same order. */
    private static List<ActorLink> actors(Cells row, Map<String, ActorKind> kinds) {
        List<String> names = parts(row.value("actors"), ";");
        List<String> roles = parts(row.value("actor_roles"), ";");
        if (!roles.isEmpty() && roles.size() != names.size()) {
            throw new InvalidInputException("actor_roles", "actor_roles names " + roles.size() + " kinds and roles for "
                    + names.size() + " actors", "import.refusal.actorRoles", roles.size(), names.size());
        }
        List<ActorLink> actors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (roles.isEmpty()) {
                actors.add(new ActorLink(name, kinds.getOrDefault(name, ActorKind.ORGANISATION), ActorRole.PARTICIPANT));
                continue;
            }
            String[] kindAndRole = roles.get(i).split("/", -1);
            if (kindAndRole.length != 2) {
                throw new InvalidInputException("actor_roles", "actor_roles: '" + roles.get(i) + "' is not kind/role (state/participant)",
                        "import.refusal.actorRole", roles.get(i));
            }
            actors.add(new ActorLink(name, enumValue(ActorKind.class, "actor_roles", kindAndRole[0]),
                    enumValue(ActorRole.class, "actor_roles", kindAndRole[1])));
        }
        return actors;
    }

    /**
     * {@code citations}: one per line, "address | stance | what it supports | quote"; the source's publisher and title
     * from {@code sources} ("publisher — title — address"). Without a {@code citations} column, {@code source_urls}.
     */
    private static List<CitationInput> citations(Cells row) {
        Map<String, String[]> described = new java.util.HashMap<>();
        for (String line : parts(row.value("sources"), "\n")) {
            String[] p = line.split(" — ");
            if (p.length >= 2) {
                described.put(p[p.length - 1].strip(), p);
            }
        }
        List<CitationInput> citations = new ArrayList<>();
        List<String> lines = parts(row.value("citations"), "\n");
        if (lines.isEmpty()) {
            parts(row.value("source_urls"), " ").forEach(url -> citations.add(new CitationInput(source(url, described), null, null,
                    CitationStance.AGREES)));
            return citations;
        }
        for (String line : lines) {
            String[] p = org.annals.importexport.export.CitationLine.parts(line).toArray(String[]::new);
            if (p.length != 4) {
                throw new InvalidInputException("citations", "citations: each line is 'address | stance | supports | quote', not '"
                        + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "'", "import.refusal.citationLine",
                        line.length() > 80 ? line.substring(0, 80) + "…" : line);
            }
            citations.add(new CitationInput(source(p[0].strip(), described), blankAsNull(p[3].strip()), blankAsNull(p[2].strip()),
                    enumValue(CitationStance.class, "citations", p[1].strip())));
        }
        return citations;
    }

    /** A source by its address, with the publisher and title the {@code sources} column gives it (one name is the publisher). */
    private static SourceInput source(String url, Map<String, String[]> described) {
        String[] p = described.get(url);
        String publisher = p == null ? null : p[0].strip();
        String title = p == null || p.length < 3 ? null : String.join(" — ", java.util.Arrays.copyOfRange(p, 1, p.length - 1)).strip();
        try {
            return new SourceInput(url, publisher, title, null, null, null);
        } catch (InvalidInputException e) {
            throw e.at("citations");
        }
    }

    private static List<String> parts(String text, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(java.util.regex.Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** A value of one of the export's lower-case names ("military", "approximate"), in any case. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            throw new InvalidInputException(column, column + ": '" + text + "' is not one of " + allowed,
                    "import.refusal.notOneOf", column, text, allowed);
        }
    }
}
