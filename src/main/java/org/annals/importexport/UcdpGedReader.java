package org.annals.importexport;

import static org.annals.importexport.CsvRows.blankAsNull;
import static org.annals.importexport.CsvRows.count;
import static org.annals.importexport.CsvRows.placeParts;
import static org.annals.importexport.CsvRows.requiredCount;
import static org.annals.importexport.CsvRows.required;
import static org.annals.importexport.CsvRows.value;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.Confidence;
import org.annals.event.DataSetFields;
import org.annals.event.Disagreement;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.MarkdownText;
import org.annals.shared.UncertainDate;
import org.apache.commons.csv.CSVRecord;

/**
 * A UCDP Georeferenced Event Dataset (GED) export read as draft events (decision 0031). Nothing is invented: the date
 * is the window UCDP gives (date_start to date_end; date_prec says why, in the date's note), the place keeps its
 * coordinates with where_prec's seven levels told honestly as exact, approximate or a region, the sides are the
 * actors (civilians of one-sided violence as its targets), and the deaths keep UCDP's low, best and high estimates:
 * where they differ, that is a disagreement between sources, with UCDP's best estimate as the reading. UCDP names its
 * sources' articles, not their addresses, so no citation is made.
 */
final class UcdpGedReader extends DataSetReader {

    static final int MAX_ROWS = AcledCsvReader.MAX_ROWS;

    private static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "where_prec",
            "latitude", "longitude", "date_prec", "date_start", "date_end", "best", "low", "high");

    /** The timeline's own actors' kinds win: a name is one actor, of one kind, whatever file it comes from. */
    private final Map<String, ActorKind> kinds;

    UcdpGedReader(Map<String, ActorKind> timelineActors) {
        this.kinds = Map.copyOf(timelineActors);
    }

    /** Whether a file's first line names GED's own columns (its precision codes), rather than ACLED's. */
    static boolean isGed(Set<String> headers) {
        return headers.contains("date_prec") && headers.contains("where_prec") && headers.contains("type_of_violence");
    }

    @Override
    void rows(Reader csv, Consumer<CSVRecord> each) {
        CsvRows.each(csv, REQUIRED, MAX_ROWS, (missing, found) -> new InvalidInputException("file", "Not a UCDP GED export: "
                + "the columns " + missing + " are missing (found: " + found + ")", "import.refusal.notGed", missing, found), each);
    }

    @Override
    String idColumn() {
        return "id";
    }

    @Override
    ImportedEvent event(CSVRecord row) {
        String id = required(row, "id");
        if (!id.matches("[0-9]{1,20}")) {
            throw new InvalidInputException("id", "id must be UCDP's number, not '" + id + "'", "import.refusal.gedId", id);
        }
        int violence = code(row, "type_of_violence", 3);
        String sideA = required(row, "side_a");
        String sideB = required(row, "side_b");
        String placeName = String.join(", ", placeParts(value(row, "where_coordinates"), value(row, "adm_1"), value(row, "country")));
        Place place = place(row, placeName);
        String headline = VIOLENCE[violence - 1] + ": " + sideA + " – " + sideB + (placeName.isEmpty() ? "" : ", " + placeName) + " (UCDP)";
        if (headline.length() > EventContent.HEADLINE_MAX) {
            headline = headline.substring(0, EventContent.HEADLINE_MAX - 1) + "…";
        }
        int datePrecision = code(row, "date_prec", 5);
        // GED's own columns named when its estimates are out of order, before the fields' general rule says it
        List<Disagreement> deaths = deaths(row);
        EventContent content = new EventContent(headline, summary(row, id), date(row), null,
                datePrecision == 1 ? null : "UCDP date precision " + datePrecision + ": " + DATE_PRECISION[datePrecision - 1] + ".",
                place, violence == 3 ? EnumSet.of(EventType.MILITARY, EventType.HUMANITARIAN) : EnumSet.of(EventType.MILITARY),
                new LinkedHashSet<>(List.of("ucdp", TAGS[violence - 1])), Confidence.UNVERIFIED,
                DataSetFields.NONE.withFatalities(count(row, "low"), count(row, "best"), count(row, "high"))
                        .withAreas(blankAsNull(value(row, "adm_1")), blankAsNull(value(row, "adm_2")), null).withCodes(CsvRows.codes(row, KEPT_CODES)));
        return new ImportedEvent("ucdp:" + id, null, content, actors(sideA, sideB, violence), List.of(), deaths,
                EventStatus.DRAFT);
    }

    private static final String[] VIOLENCE = {"State-based armed conflict", "Non-state conflict", "One-sided violence"};
    private static final String[] TAGS = {"state-based", "non-state", "one-sided"};
    private static final String[] DATE_PRECISION = {"the exact day", "a span of two to six days", "a week",
        "a month", "more than a month, within the year"};

    /** The window UCDP gives: its first and last possible day (the same day when it knows the day). */
    private static UncertainDate date(CSVRecord row) {
        LocalDate first = day(row, "date_start");
        LocalDate last = day(row, "date_end");
        if (last.isBefore(first)) {
            throw new InvalidInputException("date_end", "date_end (" + last + ") is before date_start (" + first + ")",
                    "import.refusal.gedDates", last.toString(), first.toString());
        }
        return first.equals(last) ? UncertainDate.day(first) : UncertainDate.between(first, last);
    }

    /** GED writes days as 2022-02-24 or with a time of day (2022-02-24 00:00:00.000), which says nothing more. */
    private static LocalDate day(CSVRecord row, String column) {
        String text = required(row, column);
        try {
            boolean timeOfDay = text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T');
            return LocalDate.parse(timeOfDay ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(column, column + " '" + text + "' is not a date (yyyy-mm-dd)",
                    "import.refusal.gedDate", column, text);
        }
    }

    /**
     * GED's where_prec: 1 the exact place, 2 within about 25 km of a known point, 3 a second-order and 4 a first-order
     * administrative division, 5 a road, river or line between places, 6 only the country, 7 waters or airspace.
     */
    private static Place place(CSVRecord row, String name) {
        double latitude;
        double longitude;
        try {
            latitude = Double.parseDouble(required(row, "latitude").replace(',', '.'));
            longitude = Double.parseDouble(required(row, "longitude").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("latitude", "latitude and longitude must be numbers", "import.refusal.coordinates");
        }
        PlacePrecision precision = switch (code(row, "where_prec", 7)) {
            case 1 -> PlacePrecision.EXACT;
            case 2, 5, 7 -> PlacePrecision.APPROXIMATE;
            default -> PlacePrecision.REGION;
        };
        return new Place(name.isEmpty() ? null : name, new GeoPoint(latitude, longitude), precision);
    }

    private List<ActorLink> actors(String sideA, String sideB, int violence) {
        List<ActorLink> actors = new ArrayList<>();
        actors.add(new ActorLink(sideA, kind(sideA, false), ActorRole.PARTICIPANT));
        if (!sideB.equals(sideA)) {
            // one-sided violence is done to its side B, the civilians: they are its targets, not a party to it
            actors.add(new ActorLink(sideB, kind(sideB, violence == 3), violence == 3 ? ActorRole.TARGET : ActorRole.PARTICIPANT));
        }
        return actors;
    }

    /** A government is a state; any other side of a conflict an armed group; civilians an organisation of people. */
    private ActorKind kind(String name, boolean civilians) {
        ActorKind known = kinds.get(name);
        if (known != null) {
            return known;
        }
        return civilians ? ActorKind.ORGANISATION : name.startsWith("Government of") ? ActorKind.STATE : ActorKind.ARMED_GROUP;
    }

    /** UCDP's low and high estimates differ: its sources disagree on the deaths, and its best estimate is the reading. */
    private static List<Disagreement> deaths(CSVRecord row) {
        int best = requiredCount(row, "best");
        int low = requiredCount(row, "low");
        int high = requiredCount(row, "high");
        if (low > best || best > high) {
            throw new InvalidInputException("best", "the deaths must be low ≤ best ≤ high (were " + low + ", " + best + ", "
                    + high + ")", "import.refusal.gedDeaths", low, best, high);
        }
        return low == high ? List.of() : List.of(new Disagreement("Deaths", "UCDP's sources put the deaths between " + low
                + " and " + high + ".", best + " (UCDP's best estimate)", null, List.of()));
    }

    /** GED's columns kept as codes, as GED wrote them: its precision codes, the conflict and the deaths by side. */
    static final List<String> KEPT_CODES = List.of("where_prec", "date_prec", "type_of_violence", "conflict_name", "dyad_name",
            "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "country", "region");

    private static String summary(CSVRecord row, String id) {
        StringBuilder text = new StringBuilder();
        if (!value(row, "where_description").isBlank()) {
            text.append(MarkdownText.literal(value(row, "where_description"))).append("\n\n");
        }
        text.append("From UCDP GED (").append(id).append(')');
        if (!value(row, "conflict_name").isBlank()) {
            text.append("; conflict: ").append(MarkdownText.literal(value(row, "conflict_name")));
        }
        if (!value(row, "source_article").isBlank()) {
            text.append("; sources named: ").append(MarkdownText.literal(value(row, "source_article")));
        }
        return text.append('.').toString();
    }

    private static int code(CSVRecord row, String column, int highest) {
        String text = required(row, column);
        if (!text.matches("[1-9]") || Integer.parseInt(text) > highest) {
            throw new InvalidInputException(column, column + " must be a number from 1 to " + highest,
                    "import.refusal.fromOneTo", column, highest);
        }
        return Integer.parseInt(text);
    }

}
