package org.annals.importexport.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annals.event.EventDetails;

/**
 * Forensic Architecture's TimeMap data (decision 0037): a zip of the three sheets datasheet-server serves it, in its
 * column names — {@code events.csv} (description, date as month/day/year, location, latitude, longitude, type,
 * association1…, source1…), {@code sources.csv} (id, title, author, url, path1) and {@code associations.csv} (id, title,
 * desc, mode, filter_path0…: each type and tag a filter). TimeMap has no headline, uncertain date, place precision or
 * actors: those travel as the extra columns {@link #EXTRA} (declared in TimeMap's CUSTOM_EVENT_FIELDS, docs/exports.md),
 * which Annals reads back first. The events are written as they come; the sources and filters, far fewer, are kept
 * until the end, as each is named once.
 */
public class TimeMapEventWriter implements EventWriter {

    /** Columns TimeMap does not have, carried for a desk that declares them and for the way back into Annals. */
    public static final List<String> EXTRA = List.of("ref", "title", "slug", "date_edtf", "start_precision", "start_earliest",
            "start_latest", "end_edtf", "end_earliest", "end_latest", "date_note", "place_precision", "confidence", "actors",
            "actor_roles", "citations", "sources", "tags");
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private final ZipOutputStream zip;
    private final Writer out;
    private final int associationColumns;
    private final int sourceColumns;
    private final Map<String, String[]> sources = new LinkedHashMap<>();
    private final Set<String> tags = new LinkedHashSet<>();

    /** {@code associations} and {@code citations}: the most tags and types, and sources, any event has. */
    public TimeMapEventWriter(OutputStream stream, int associations, int citations) throws IOException {
        this.zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.associationColumns = Math.max(1, associations);
        this.sourceColumns = Math.max(1, citations);
        zip.putNextEntry(new ZipEntry("events.csv"));
        List<String> header = new ArrayList<>(List.of("id", "description", "date", "time", "location", "latitude", "longitude",
                "type"));
        for (int i = 1; i <= associationColumns; i++) {
            header.add("association" + i);
        }
        for (int i = 1; i <= sourceColumns; i++) {
            header.add("source" + i);
        }
        header.addAll(EXTRA);
        row(header);
    }

    @Override
    public void write(EventDetails event) throws IOException {
        var c = event.content();
        var point = c.place().point();
        List<String> cells = new ArrayList<>(List.of("annals:" + event.id().value(),
                c.summary() == null ? c.headline() : c.summary(), MONTH_DAY_YEAR.format(c.start().nominal()), "",
                text(c.place().name()), point == null ? "" : String.valueOf(point.latitude()),
                point == null ? "" : String.valueOf(point.longitude()),
                c.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(";"))));
        List<String> labels = c.tags().stream().sorted().toList();
        tags.addAll(labels);
        fill(cells, labels, associationColumns);
        List<String> cited = new ArrayList<>();
        event.citations().stream().map(x -> x.source()).distinct().forEach(source -> {
            String id = sources.computeIfAbsent(source.url(), url -> new String[] {"s" + (sources.size() + 1),
                    text(source.title()), text(source.publisher()), url})[0];
            cited.add(id);
        });
        fill(cells, cited, sourceColumns);
        var start = c.start();
        var end = c.end();
        cells.addAll(List.of(CsvEventWriter.ref(event), c.headline(), event.slug(), event.edtf(), start.precision().name().toLowerCase(Locale.ROOT),
                start.earliest().toString(), start.latest().toString(), end == null ? "" : end.toEdtf(),
                end == null ? "" : end.earliest().toString(), end == null ? "" : end.latest().toString(), text(c.dateNote()),
                c.place().precision().name().toLowerCase(Locale.ROOT), c.confidence().name().toLowerCase(Locale.ROOT),
                event.actors().stream().map(a -> a.name()).collect(Collectors.joining(";")), CsvEventWriter.actorRoles(event),
                CsvEventWriter.citations(event), CsvEventWriter.sources(event), String.join(";", labels)));
        eventRow(cells);
    }

    /** The values into {@code columns} cells, the rest empty. */
    private static void fill(List<String> cells, List<String> values, int columns) {
        for (int i = 0; i < columns; i++) {
            cells.add(i < values.size() ? values.get(i) : "");
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("sources.csv"));
        row(List.of("id", "title", "author", "url", "path1", "type", "description"));
        for (String[] source : sources.values()) {
            row(List.of(source[0], source[1], source[2], source[3], source[3], "Web page", ""));
        }
        out.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("associations.csv"));
        row(List.of("id", "title", "desc", "mode", "filter_path0", "filter_path1"));
        for (String tag : tags) {
            row(List.of(tag, tag, "", "FILTER", "Tags", tag));
        }
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void row(List<String> cells) throws IOException {
        out.write(cells.stream().map(CsvEventWriter::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    /** An event's row: its coordinates (columns 5 and 6) are numbers, never guarded as a formula would be. */
    private void eventRow(List<String> cells) throws IOException {
        out.write(java.util.stream.IntStream.range(0, cells.size()).mapToObj(i -> i == 5 || i == 6
                ? CsvEventWriter.quoted(cells.get(i)) : CsvEventWriter.cell(cells.get(i))).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
