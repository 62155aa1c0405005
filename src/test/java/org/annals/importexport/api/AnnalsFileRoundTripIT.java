package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventStatus;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.PublishedEventQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 18: the project's own file round-trips — the first timeline exported as an Annals file and imported into a
 * fresh timeline has the same events: dates with their windows and precision, places with theirs, actors with kinds and
 * roles, sources with quotes, stances and what they support, the notes on dates and the disagreements with their sources.
 */
@IntegrationTest
class AnnalsFileRoundTripIT {

    private static final String SLUG = "russia-ukraine-war";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    TimelineImportService importer;
    @Autowired
    PublishedEventQuery published;

    private Map<String, EventDetails> publishedEvents(String timeline) {
        Map<String, EventDetails> all = new java.util.HashMap<>();
        published.forEach(timeline, EventFilter.ALL, event -> all.put(event.slug(), event));
        return all;
    }

    @Test
    void the_first_timeline_exported_as_an_annals_file_comes_back_the_same_in_a_fresh_timeline() throws Exception {
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + SLUG + "/export?format=annals")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + SLUG + ".annals.json\"");
        ObjectNode file = (ObjectNode) json.readTree(export.body());
        String copy = "round-trip-" + UUID.randomUUID().toString().substring(0, 8);
        ((ObjectNode) file.get("timeline")).put("slug", copy);

        ImportReport report = SignedIn.as("round-trip-admin", "ADMIN",
                () -> importer.importFile(new ByteArrayInputStream(json.writeValueAsBytes(file)), EventStatus.PUBLISHED));

        Map<String, EventDetails> before = publishedEvents(SLUG);
        Map<String, EventDetails> after = publishedEvents(copy);
        assertThat(report.eventsCreated()).isEqualTo(file.get("events").size()).isEqualTo(before.size());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((slug, was) -> {
            EventDetails is = after.get(slug);
            // the content whole: headline, summary, both dates (window, precision, nominal), the date's note, place,
            // types, tags, confidence
            assertThat(is.content()).as(slug).isEqualTo(was.content());
            assertThat(is.actors()).as(slug).isEqualTo(was.actors());
            assertThat(is.citations()).as(slug).containsExactlyInAnyOrderElementsOf(was.citations());
            assertThat(is.disagreements()).as(slug).isEqualTo(was.disagreements());
        });
        // what the round trip carries is there to carry
        assertThat(before.values()).anySatisfy(e -> assertThat(e.content().dateNote()).isNotNull())
                .anySatisfy(e -> assertThat(e.citations()).anySatisfy(c -> assertThat(c.quote()).isNotNull()))
                .anySatisfy(e -> assertThat(e.disagreements()).anySatisfy(d -> assertThat(d.sources()).isNotEmpty()))
                .anySatisfy(e -> assertThat(e.content().start().precision()).isEqualTo(org.annals.shared.DatePrecision.APPROXIMATE));
    }
}
