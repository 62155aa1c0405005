package org.annals.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.EdgeDatedTimeline;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventSort;
import org.annals.security.SystemActor;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One odd date must not take a page down: events dated anywhere in the years 1–9999 (the edges, the common ground
 * between them, ranges across millennia), published on a public timeline, and every public page and endpoint asked
 * about them, with windows that reach the edges. Each answer is a page or a clear 4xx, never a server error.
 * <p>
 * The dates are generated (edge years weighted in), the same every run (fixed seed), so a failure names the EDTF that
 * caused it and repeats.
 */
@IntegrationTest
class DatesAtTheEdgesIT {

    private static final String DESK = EdgeDatedTimeline.SLUG;

    @LocalServerPort
    int port;
    @Autowired
    EventEditingService editing;
    @Autowired
    TimelineService timelines;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void edgeEvents() {
        EdgeDatedTimeline.ensure(timelines, editing);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_public_page_and_endpoint_answers_for_events_dated_anywhere_in_the_years_1_to_9999() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/timelines/" + DESK, "/timelines/" + DESK + "/corrections",
                "/embed/" + DESK, "/sitemap.xml", "/sitemaps/" + DESK + "/1.xml",
                "/api/v1/timelines", "/api/v1/timelines/" + DESK + "/events",
                "/api/v1/timelines/" + DESK + "/window", "/api/v1/timelines/" + DESK + "/density",
                "/api/v1/timelines/" + DESK + "/corrections"));
        for (String window : List.of("from=0001-01-01&to=9999-12-31", "from=0001-01-01&to=0001-01-31",
                "from=9999-12-01&to=9999-12-31", "from=0001-01-01&to=0001-01-01", "from=9999-12-31&to=9999-12-31",
                "from=0000-12-31&to=0001-01-31", "from=9999-12-01&to=10000-01-01")) {
            paths.add("/timelines/" + DESK + "?" + window);
            paths.add("/embed/" + DESK + "?" + window);
            for (String endpoint : List.of("events", "window", "density")) {
                paths.add("/api/v1/timelines/" + DESK + "/" + endpoint + "?" + window);
            }
            for (String format : List.of("csv", "geojson", "timelinejs", "annals")) {
                paths.add("/api/v1/timelines/" + DESK + "/export?format=" + format + "&" + window);
            }
        }
        List<EventDetails> events = SystemActor.run(() -> editing.rows(DESK, EventFilter.ALL, EventSort.DATE_ASC, 0,
                1000)).stream().map(row -> SystemActor.run(() -> editing.get(row.id()))).toList();
        assertThat(events).hasSizeGreaterThan(EdgeDatedTimeline.EDGES.size());
        for (EventDetails event : events) {
            paths.add("/timelines/" + DESK + "/events/" + event.slug());
            paths.add("/api/v1/timelines/" + DESK + "/events/" + event.slug());
            paths.add("/api/v1/timelines/" + DESK + "/events/" + event.slug() + "/revisions");
            paths.add("/api/v1/timelines/" + DESK + "/events/" + event.slug() + "/revisions/1");
        }

        List<String> serverErrors = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            if (response.statusCode() >= 500) {
                serverErrors.add(response.statusCode() + " " + path);
            }
        }
        assertThat(serverErrors).as("requests answered with a server error (of %d)", paths.size()).isEmpty();
        // the pages did not only answer: the first page lists the events nearest the year 1
        assertThat(get("/timelines/" + DESK).body()).contains("Dated 0001-01-01");
        assertThat(Stream.of("Dated 0001", "Dated 9999").allMatch(text ->
                events.stream().anyMatch(e -> e.content().headline().startsWith(text)))).isTrue();
    }
}
