package org.annals.importexport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.annals.event.EventFilter;
import org.annals.publication.EventFilterParams;
import org.annals.importexport.export.CsvEventWriter;
import org.annals.importexport.export.EventWriter;
import org.annals.importexport.export.GeoJsonEventWriter;
import org.annals.importexport.export.AcledEventWriter;
import org.annals.importexport.export.AnnalsFileEventWriter;
import org.annals.importexport.export.TimelineJsEventWriter;
import org.annals.importexport.export.TimeMapEventWriter;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PublicBaseUrl;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * Exports of the published events a filter selects, as CSV, GeoJSON or TimelineJS 3 JSON. Streamed from a database
 * cursor straight to the response, so a 200,000-event export runs in constant memory.
 */
@RestController
@RequestMapping("/api/v1")
@CrossOrigin(origins = "*", methods = RequestMethod.GET, exposedHeaders = {ExportController.OMITTED_HEADER,
        ExportController.NOT_CODABLE_HEADER})
@Tag(name = "Exports", description = "The current view of a public timeline as a file")
class ExportController {

    static final String OMITTED_HEADER = "X-Annals-Omitted-Without-Coordinates";
    static final String NOT_CODABLE_HEADER = "X-Annals-Omitted-Date-Not-Codable";
    private static final List<String> FORMATS = List.of("csv", "geojson", "timelinejs", "annals", "acled", "timemap");

    private final PublishedEventQuery published;
    private final ObjectMapper json;
    private final PublicBaseUrl publicBase;

    ExportController(PublishedEventQuery published, ObjectMapper json, PublicBaseUrl publicBase) {
        this.publicBase = publicBase;
        this.published = published;
        this.json = json;
    }

    @GetMapping("/timelines/{slug}/export")
    @Operation(summary = "Export published events as csv, geojson, timelinejs, annals, acled or timemap (same filters as the events list)",
            description = "GeoJSON leaves out events without coordinates and says how many in the "
                    + OMITTED_HEADER + " header. TimelineJS files keep partial dates partial and carry the honest label "
                    + "in display_date. annals is the timeline file Annals imports (annals-timeline/1): every date's window "
                    + "and precision, places, actors with roles, sources with quotes, notes and disagreements. acled is ACLED's "
                    + "own CSV layout (31 columns; the codes an ACLED import kept given back); events whose dates ACLED "
                    + "cannot code (a year, a window over 15 days) are left out and counted in " + NOT_CODABLE_HEADER + ". timemap "
                    + "is a zip of Forensic Architecture's TimeMap sheets (events, sources, associations), which Annals imports back.")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String slug,
            @Parameter(description = "csv, geojson, timelinejs, annals, acled or timemap") @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable List<String> type, @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable List<String> tag,
            @RequestParam(required = false) @Nullable List<String> confidence,
            @RequestParam(required = false) @Nullable String disagree, @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String fatalities) {
        String kind = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            throw new InvalidInputException("format", "format=" + format + " must be csv, geojson, timelinejs, annals, acled or timemap");
        }
        EventFilter filter = EventFilterParams.parse(from, to, type, actor, q, tag, confidence, disagree, area, fatalities);
        TimelineSummary timeline = published.timeline(slug);
        String base = publicBase.get();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "." + extension(kind) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        if (kind.equals("geojson")) {
            response.header(OMITTED_HEADER, String.valueOf(published.countWithoutCoordinates(slug, filter)));
        }
        if (kind.equals("acled")) {
            response.header(NOT_CODABLE_HEADER, String.valueOf(published.countStartWiderThan(slug, filter,
                    AcledEventWriter.WEEKISH_DAYS)));
        }
        int[] columns = kind.equals("timemap") ? published.mostTagsAndSources(slug, filter) : new int[] {0, 0};
        StreamingResponseBody body = out -> {
            try (EventWriter writer = switch (kind) {
                case "geojson" -> new GeoJsonEventWriter(json, out, base);
                case "timelinejs" -> new TimelineJsEventWriter(json, out, timeline);
                case "annals" -> new AnnalsFileEventWriter(json, out, timeline);
                case "acled" -> new AcledEventWriter(out);
                case "timemap" -> new TimeMapEventWriter(out, columns[0], columns[1]);
                default -> new CsvEventWriter(out, base);
            }) {
                published.forEach(slug, filter, event -> {
                    try {
                        writer.write(event);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return response.contentType(switch (kind) {
            case "geojson" -> MediaType.parseMediaType("application/geo+json");
            case "timelinejs", "annals" -> MediaType.APPLICATION_JSON;
            case "timemap" -> MediaType.parseMediaType("application/zip");
            default -> MediaType.parseMediaType("text/csv;charset=UTF-8");
        }).body(body);
    }

    private static String extension(String kind) {
        return switch (kind) {
            case "geojson" -> "geojson";
            case "timelinejs" -> "timelinejs.json";
            case "annals" -> "annals.json";
            case "acled" -> "acled.csv";
            case "timemap" -> "timemap.zip";
            default -> "csv";
        };
    }
}
