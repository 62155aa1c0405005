package org.annals.importexport.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.event.EventDetails;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel reads "–" and Cyrillic as written), one row per event, with
 * explicit date windows next to the EDTF; its columns are described in docs/exports.md. Text cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab or carriage return first) are prefixed with an apostrophe; numbers
 * (coordinates) never are, so the columns stay numeric.
 */
public class CsvEventWriter implements EventWriter {

    static final List<String> HEADER = List.of("slug", "headline", "edtf", "display_date", "start_earliest", "start_latest",
            "start_precision", "end_edtf", "place", "latitude", "longitude", "place_precision", "types", "tags", "actors",
            "confidence", "sources_disagree", "permalink", "source_urls", "summary", "sources", "disagreements", "date_note",
            "ref", "fatalities_low", "fatalities_best", "fatalities_high", "admin1", "admin2", "admin3", "disorder_type", "interaction",
            "actor_roles", "citations", "end_earliest", "end_latest", "codes");

    private final Writer out;
    private final String baseUrl;

    public CsvEventWriter(OutputStream stream, String baseUrl) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.baseUrl = baseUrl;
        out.write('\uFEFF');
        row(HEADER);
    }

    @Override
    public void write(EventDetails event) throws IOException {
        var c = event.content();
        UncertainDate start = c.start();
        var point = c.place().point();
        List<String> cells = java.util.Arrays.asList(event.slug(), c.headline(), event.edtf(), event.dateLabel(Locale.ENGLISH),
                start.earliest().toString(), start.latest().toString(), start.precision().name().toLowerCase(Locale.ROOT),
                c.end() == null ? "" : c.end().toEdtf(), text(c.place().name()),
                point == null ? "" : String.valueOf(point.latitude()), point == null ? "" : String.valueOf(point.longitude()),
                c.place().precision().name().toLowerCase(Locale.ROOT),
                c.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(";")),
                c.tags().stream().sorted().collect(Collectors.joining(";")),
                event.actors().stream().map(a -> a.name()).collect(Collectors.joining(";")),
                c.confidence().name().toLowerCase(Locale.ROOT), String.valueOf(event.sourcesDisagree()),
                baseUrl + event.permalinkPath(),
                event.citations().stream().map(x -> x.source().url()).distinct().collect(Collectors.joining(" ")),
                text(c.summary()), sources(event), disagreements(event), text(c.dateNote()), ref(event),
                number(c.data().fatalitiesLow()), number(c.data().fatalitiesBest()), number(c.data().fatalitiesHigh()),
                text(c.data().admin1()), text(c.data().admin2()), text(c.data().admin3()), text(c.data().disorderType()),
                text(c.data().interaction()), actorRoles(event), citations(event),
                c.end() == null ? "" : c.end().earliest().toString(), c.end() == null ? "" : c.end().latest().toString(),
                String.join("\n", c.data().codeEntries()));
        out.write(java.util.stream.IntStream.range(0, cells.size())
                .mapToObj(i -> NUMERIC.contains(HEADER.get(i)) ? quoted(cells.get(i)) : cell(cells.get(i)))
                .collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** Columns written as numbers: never prefixed (a negative longitude stays -73.968, not '-73.968). */
    static final java.util.Set<String> NUMERIC = java.util.Set.of("latitude", "longitude", "fatalities_low", "fatalities_best",
            "fatalities_high");

    /** The key a re-import recognises, as the Annals file writes it: the ref the event came with, else its id here. */
    static String ref(EventDetails event) {
        return event.externalRef() != null ? event.externalRef() : "annals:" + event.id().value();
    }

    /** Each actor's kind and role, in the order of {@code actors}: "state/participant;person/speaker". */
    static String actorRoles(EventDetails event) {
        return event.actors().stream().map(a -> a.kind().name().toLowerCase(Locale.ROOT) + "/" + a.role().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(";"));
    }

    /** Each citation on its own line ({@link CitationLine}: "address | stance | what it supports | the verbatim quote"). */
    static String citations(EventDetails event) {
        return event.citations().stream().map(x -> CitationLine.write(x.source().url(), x.stance().name().toLowerCase(Locale.ROOT),
                text(x.supports()), text(x.quote()))).collect(Collectors.joining("\n"));
    }

    /** Each cited source once: its publisher and title where known, then its address; one per line. */
    static String sources(EventDetails event) {
        return event.citations().stream().map(x -> x.source()).distinct().map(source -> java.util.stream.Stream.of(
                        source.publisher(), source.title(), source.url()).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" — "))).collect(Collectors.joining("\n"));
    }

    /** Each disagreement as "topic: what the sources claim → the reading used (why) [sources it names]"; one per line. */
    private static String disagreements(EventDetails event) {
        return event.disagreements().stream().map(d -> d.topic() + ": " + d.claims() + " → " + d.reading()
                + (d.rationale() == null ? "" : " (" + d.rationale() + ")")
                + (d.sources().isEmpty() ? "" : " [" + String.join(" ", d.sources()) + "]")).collect(Collectors.joining("\n"));
    }

    private void row(List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvEventWriter::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    static String cell(String value) {
        return quoted(org.annals.shared.SpreadsheetText.guard(value));
    }

    static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String number(@Nullable Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
