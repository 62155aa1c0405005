package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventType;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.PublishedEventQuery;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: TimeMap out and in — the first timeline's TimeMap export (a zip of the events, sources and associations
 * sheets in datasheet-server's columns) imported into a fresh timeline gives the same events: dates with their
 * precision and windows, places with theirs, actors with roles, sources with quotes, tags; the same zip again adds
 * nothing.
 */
@IntegrationTest
class TimeMapRoundTripIT {

    private static final String SLUG = "russia-ukraine-war";
    private static final String ADMIN = "timemap-admin";

    @LocalServerPort
    int port;
    @Autowired
    TimelineImportService importer;
    @Autowired
    TimelineService timelines;
    @Autowired
    EventEditingService editing;
    @Autowired
    PublishedEventQuery published;

    @Test
    void the_first_timelines_timemap_sheets_come_back_the_same_in_a_fresh_timeline() throws Exception {
        HttpResponse<byte[]> export = RoundTrips.export(port, SLUG, "timemap");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
        Map<String, String> sheets = sheets(export.body());
        assertThat(sheets.keySet()).containsExactly("events.csv", "sources.csv", "associations.csv");
        String header = sheets.get("events.csv").lines().findFirst().orElseThrow();
        assertThat(header).startsWith("id,description,date,time,location,latitude,longitude,type,association1,")
                .contains(",source1,").endsWith(",ref,title,slug,date_edtf,start_precision,start_earliest,start_latest,end_edtf,"
                        + "end_earliest,end_latest,date_note,place_precision,confidence,actors,actor_roles,citations,sources,tags");
        assertThat(sheets.get("events.csv")).as("a negative longitude stays a number").doesNotContain(",'-");
        assertThat(sheets.get("sources.csv").lines().findFirst().orElseThrow()).isEqualTo("id,title,author,url,path1,type,description");
        assertThat(sheets.get("associations.csv").lines().skip(1).findFirst().orElseThrow()).contains(",FILTER,Tags,");

        String copy = RoundTrips.fresh(timelines, "timemap-round-trip", "TimeMap");
        ImportReport report = SignedIn.as(ADMIN, "ADMIN", () -> importer.importTimeMap(new ByteArrayInputStream(export.body()),
                copy, EventType.MILITARY));

        Map<String, EventDetails> before = new HashMap<>();
        published.forEach(SLUG, EventFilter.ALL, event -> before.put(event.slug(), event));
        assertThat(report.eventsCreated()).isEqualTo(before.size());
        Map<String, EventDetails> after = RoundTrips.events(editing, copy);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((slug, was) -> {
            EventDetails is = after.get(slug);
            assertThat(is.content()).as(slug).isEqualTo(was.content());
            assertThat(is.actors()).as(slug).isEqualTo(was.actors());
            assertThat(is.citations()).as(slug).extracting(RoundTrips::citation)
                    .containsExactlyInAnyOrderElementsOf(was.citations().stream().map(RoundTrips::citation).toList());
        });
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> importer.importTimeMap(new ByteArrayInputStream(export.body()), copy,
                EventType.MILITARY)).eventsCreated()).as("the same zip again adds nothing").isZero();
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> importer.importTimeMap(new ByteArrayInputStream(export.body()), SLUG,
                EventType.MILITARY)).eventsCreated()).as("into the timeline it came from: every event is there").isZero();
    }

    private static Map<String, String> sheets(byte[] zip) throws java.io.IOException {
        Map<String, String> sheets = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                sheets.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sheets;
    }
}
