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
 * RFC 4180 CSV, one row per event, with explicit date windows next to the EDTF. Cells that a spreadsheet would run
 * as a formula (=, +, -, @ first) are prefixed with an apostrophe.
 */
public class CsvEventWriter implements EventWriter {

    static final List<String> HEADER = List.of("slug", "headline", "edtf", "display_date", "start_earliest", "start_latest",
            "start_precision", "end_edtf", "place", "latitude", "longitude", "place_precision", "types", "tags", "actors",
            "confidence", "sources_disagree", "permalink", "source_urls");

    private final Writer out;
    private final String baseUrl;

    public CsvEventWriter(OutputStream stream, String baseUrl) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.baseUrl = baseUrl;
        row(HEADER);
    }

    @Override
    public void write(EventDetails event) throws IOException {
        var c = event.content();
        UncertainDate start = c.start();
        var point = c.place().point();
        row(List.of(event.slug(), c.headline(), event.edtf(), event.dateLabel(Locale.ENGLISH), start.earliest().toString(),
                start.latest().toString(), start.precision().name().toLowerCase(Locale.ROOT),
                c.end() == null ? "" : c.end().toEdtf(), text(c.place().name()),
                point == null ? "" : String.valueOf(point.latitude()), point == null ? "" : String.valueOf(point.longitude()),
                c.place().precision().name().toLowerCase(Locale.ROOT),
                c.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(";")),
                c.tags().stream().sorted().collect(Collectors.joining(";")),
                event.actors().stream().map(a -> a.name()).collect(Collectors.joining(";")),
                c.confidence().name().toLowerCase(Locale.ROOT), String.valueOf(event.sourcesDisagree()),
                baseUrl + event.permalinkPath(),
                event.citations().stream().map(x -> x.source().url()).distinct().collect(Collectors.joining(" "))));
    }

    private void row(List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvEventWriter::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
