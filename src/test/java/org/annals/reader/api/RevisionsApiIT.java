package org.annals.reader.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.annals.Desk;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Pinned revisions over HTTP: each approval is a numbered revision that keeps its text; bad numbers are 400s. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionsApiIT {

    private static final String DESK = "revisions-desk";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;

    private EventDetails corrected;
    private String base;

    @BeforeAll
    void twoRevisions() {
        Desk desk = new Desk(DESK, timelines, accounts, editing, workflow);
        EventDetails first = desk.publish(Desk.content("2023-03-01", "Talks open in Geneva", "First text"));
        corrected = desk.correct(first, Desk.content("2023-03-01", "Talks open in Vienna", "Second text"),
                "The venue was Vienna, not Geneva");
        base = "/api/v1/timelines/" + DESK + "/events/" + corrected.slug();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void lists_every_published_revision_oldest_first() throws Exception {
        JsonNode revisions = ok(base + "/revisions");

        assertThat(revisions.size()).isEqualTo(2);
        assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(1);
        assertThat(revisions.get(0).get("latest").asBoolean()).isFalse();
        assertThat(revisions.get(1).get("latest").asBoolean()).isTrue();
        assertThat(revisions.get(0).get("permalink").asString()).endsWith("/timelines/" + DESK + "/events/" + corrected.slug() + "?revision=1");
    }

    @Test
    void an_old_revision_keeps_its_text_and_points_to_the_newer_version() throws Exception {
        JsonNode first = ok(base + "/revisions/1");

        assertThat(first.get("event").get("headline").asString()).isEqualTo("Talks open in Geneva");
        assertThat(first.get("event").get("summary").asString()).isEqualTo("First text");
        assertThat(first.get("latestRevision").asInt()).isEqualTo(2);
        assertThat(first.get("newerVersion").asString()).endsWith("/timelines/" + DESK + "/events/" + corrected.slug());
        assertThat(first.get("event").get("permalink").asString()).endsWith("?revision=1");

        JsonNode second = ok(base + "/revisions/2");
        assertThat(second.get("event").get("headline").asString()).isEqualTo("Talks open in Vienna");
        assertThat(second.get("newerVersion").isNull()).isTrue();
        assertThat(ok(base).get("headline").asString()).isEqualTo("Talks open in Vienna");
    }

    @Test
    void the_corrections_log_links_the_revision_a_correction_produced() throws Exception {
        JsonNode log = ok("/api/v1/timelines/" + DESK + "/corrections");

        assertThat(log.get(0).get("note").asString()).isEqualTo("The venue was Vienna, not Geneva");
        assertThat(log.get(0).get("revision").asInt()).isEqualTo(2);
        assertThat(log.get(0).get("revisionPermalink").asString()).endsWith("?revision=2");
    }

    @Test
    void an_unknown_revision_is_404_and_a_bad_number_400_naming_the_parameter() throws Exception {
        HttpResponse<String> missing = get(base + "/revisions/3");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(missing.body()).contains("no published revision 3");
        for (String bad : new String[] {"0", "-1", "abc", "1.5", "99999999999"}) {
            HttpResponse<String> response = get(base + "/revisions/" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo("revision");
        }
        assertThat(get("/api/v1/timelines/" + DESK + "/events/no-such-event/revisions/1").statusCode()).isEqualTo(404);
        assertThat(get(base + "/revisions/1?lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void display_labels_follow_the_language_asked_for() throws Exception {
        assertThat(ok(base + "/revisions/1?lang=uk").get("event").get("display").asString()).startsWith("1 бер");
        assertThat(ok("/api/v1/timelines/" + DESK + "/events?lang=uk").get("events").get(0).get("display").asString())
                .startsWith("1 бер");
        assertThat(ok("/api/v1/timelines/" + DESK + "/events").get("events").get(0).get("display").asString())
                .isEqualTo("1 Mar 2023");
    }
}
