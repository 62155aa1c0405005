package org.annals.importexport.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.EventDetails;
import org.annals.event.PlacePrecision;
import org.annals.shared.DatePrecision;
import org.annals.shared.UncertainDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Published events in ACLED's own CSV layout (its 31 current columns), so a desk's data goes back to tools built for
 * ACLED and an ACLED import comes back as ACLED wrote it (decision 0034). What ACLED said is given back from the codes
 * the import kept (event types, inter codes, geo precision, source…); what Annals knows better now is written from the
 * event itself: the date and its precision (1 the day, 2 a window of up to 15 days about its middle or nominal day,
 * 3 the month, given as its 15th), the place's point and precision (1 exact, 2 approximate unless ACLED said 1,
 * 3 a region), actors, fatalities, admin areas, tags. Events whose dates ACLED cannot code (a year, a longer window)
 * are left out and counted by the caller ({@link #codable}); a point-less event keeps empty coordinates.
 */
public class AcledEventWriter implements EventWriter {

    public static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    /** The widest start window ACLED's precision 2 ("a week or similar period") stands for. */
    public static final int WEEKISH_DAYS = 15;

    private final Writer out;
    private final CSVPrinter csv;

    public AcledEventWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
        csv.printRecord(HEADER);
    }

    /** Whether ACLED's time precision can say when the event happened: a day, a window of up to 15 days, a month. */
    public static boolean codable(UncertainDate start) {
        return start.precision() == DatePrecision.DAY || start.precision() == DatePrecision.MONTH
                || (start.precision() != DatePrecision.YEAR && start.latest().toEpochDay() - start.earliest().toEpochDay() <= WEEKISH_DAYS);
    }

    @Override
    public void write(EventDetails event) throws IOException {
        var c = event.content();
        if (!codable(c.start())) {
            return;
        }
        Map<String, String> codes = c.data().codes();
        LocalDate day = day(c.start());
        String ref = CsvEventWriter.ref(event);
        List<ActorLink> actors = event.actors();
        int split = split(actors, codes.get("actor2"), codes.containsKey("event_type"));
        List<ActorLink> side1 = actors.subList(0, split);
        List<ActorLink> side2 = actors.subList(split, actors.size());
        var point = c.place().point();
        csv.printRecord(cells(ref.startsWith("acled:") ? ref.substring("acled:".length()) : ref, day.toString(),
                String.valueOf(day.getYear()), timePrecision(c.start()), text(c.data().disorderType()),
                code(codes, "event_type"), code(codes, "sub_event_type"),
                first(side1), rest(side1), inter(side1, codes.get("inter1")),
                first(side2), rest(side2), inter(side2, codes.get("inter2")),
                text(c.data().interaction()), code(codes, "civilian_targeting"), code(codes, "iso"), code(codes, "region"),
                code(codes, "country"), text(c.data().admin1()), text(c.data().admin2()), text(c.data().admin3()),
                codes.getOrDefault("location", text(c.place().name())),
                point == null ? "" : String.valueOf(point.latitude()), point == null ? "" : String.valueOf(point.longitude()),
                geoPrecision(c.place().precision(), codes.get("geo_precision")), code(codes, "source"), code(codes, "source_scale"),
                notes(c.summary()), c.data().fatalitiesBest() == null ? "" : String.valueOf(c.data().fatalitiesBest()),
                tags(c.tags(), codes), code(codes, "timestamp")));
    }

    /** Text cells guarded against spreadsheet formulas, numbers (coordinates, counts, codes) as they are. */
    private static List<String> cells(String... values) {
        List<String> cells = new java.util.ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            cells.add(NUMERIC.contains(HEADER.get(i)) ? values[i] : org.annals.shared.SpreadsheetText.guard(values[i]));
        }
        return cells;
    }

    private static final Set<String> NUMERIC = Set.of("year", "time_precision", "latitude", "longitude", "geo_precision",
            "fatalities", "timestamp");

    /** The day ACLED's event_date names: the day, the nominal or middle day of a short window, a month's 15th. */
    private static LocalDate day(UncertainDate start) {
        return switch (start.precision()) {
            case DAY, APPROXIMATE -> start.nominal();
            case MONTH -> start.earliest().withDayOfMonth(15);
            default -> start.earliest().plusDays((start.latest().toEpochDay() - start.earliest().toEpochDay()) / 2);
        };
    }

    private static String timePrecision(UncertainDate start) {
        return switch (start.precision()) {
            case DAY -> "1";
            case MONTH -> "3";
            default -> "2";
        };
    }

    /** ACLED's 1 (the town) and 2 (near it) are both "approximate" here: the code ACLED gave says which, else 2. */
    private static String geoPrecision(PlacePrecision precision, @Nullable String acled) {
        return switch (precision) {
            case EXACT -> "1";
            case APPROXIMATE -> "1".equals(acled) || "2".equals(acled) ? acled : "2";
            case REGION -> "3";
            case NONE -> "";
        };
    }

    /**
     * Where the second side starts: at ACLED's actor2 when the event still names it (the import lists actor1, its
     * associates, actor2, its associates); nowhere for an ACLED row that had no actor2 (a protest); else at the
     * second actor.
     */
    private static int split(List<ActorLink> actors, @Nullable String actor2, boolean fromAcled) {
        for (int i = 1; actor2 != null && i < actors.size(); i++) {
            if (actors.get(i).name().equals(actor2)) {
                return i;
            }
        }
        return actor2 == null && fromAcled ? actors.size() : Math.min(1, actors.size());
    }

    private static String first(List<ActorLink> side) {
        return side.isEmpty() ? "" : side.getFirst().name();
    }

    private static String rest(List<ActorLink> side) {
        return side.size() < 2 ? "" : side.subList(1, side.size()).stream().map(ActorLink::name).collect(Collectors.joining("; "));
    }

    /** The inter code ACLED gave the side, else what its first actor is: civilians (a target), state forces, or unknown. */
    private static String inter(List<ActorLink> side, @Nullable String acled) {
        if (side.isEmpty()) {
            return "";
        }
        if (acled != null) {
            return acled;
        }
        ActorLink actor = side.getFirst();
        return actor.role() == ActorRole.TARGET ? "Civilians" : actor.kind() == ActorKind.STATE ? "State forces" : "";
    }

    /** ACLED's notes: the summary before the line the import adds ("From ACLED (…)"), its Markdown escapes taken off. */
    private static String notes(@Nullable String summary) {
        if (summary == null) {
            return "";
        }
        // an ACLED row without notes has the import's line alone (the summary is stripped)
        int from = summary.startsWith("From ACLED (") ? 0 : summary.indexOf("\n\nFrom ACLED (");
        return org.annals.shared.MarkdownText.unliteral(from < 0 ? summary : summary.substring(0, from));
    }

    /** The tags ACLED gave: the event's tags without the three the import adds (acled, the event type and sub-type). */
    private static String tags(Set<String> tags, Map<String, String> codes) {
        Set<String> added = new java.util.HashSet<>(List.of("acled", AcledTags.of(codes.getOrDefault("event_type", "")),
                AcledTags.of(codes.getOrDefault("sub_event_type", ""))));
        return tags.stream().filter(t -> !added.contains(t)).sorted().collect(Collectors.joining("; "));
    }

    private static String code(Map<String, String> codes, String name) {
        return codes.getOrDefault(name, "");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() throws IOException {
        csv.flush();
        out.flush();
    }
}
