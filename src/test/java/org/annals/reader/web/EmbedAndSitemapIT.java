package org.annals.reader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.annals.Desk;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.timeline.TimelineService;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The embed page and the sitemap over HTTP: no session of any kind, framing allowed for embeds only, the pinned
 * published state, and search engines told about public, published events only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedAndSitemapIT {

    private static final String DESK = "embed-desk";

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
    @Autowired
    ServletWebServerApplicationContext server;

    private Desk desk;
    private EventDetails corrected;
    private Instant beforeCorrection;

    @BeforeAll
    void publishThenCorrect() throws Exception {
        desk = new Desk(DESK, timelines, accounts, editing, workflow);
        EventDetails first = desk.publish(Desk.content("2024-05-10", "Ceasefire talks begin", "Original wording"));
        beforeCorrection = Instant.now();
        corrected = desk.correct(first, Desk.content("2024-05-10", "Ceasefire talks begin in Doha", "Corrected wording"),
                "Added the place");
        desk.publish(Desk.content("2024-06-01", "Talks stall", "Published after the pinned moment"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int activeSessions() {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        Manager manager = context.getManager();
        return manager.getActiveSessions();
    }

    @Test
    void the_embed_page_creates_no_session_and_may_be_framed_by_any_site() throws Exception {
        int before = activeSessions();
        for (String path : new String[] {"/embed/" + DESK, "/embed/" + DESK + "?type=diplomatic&q=talks&lang=uk",
                "/embed/annals-embed.js", "/embed/annals-embed.css", "/embed/no-such-timeline", "/embed/" + DESK + "/extra", "/embed",
                "/sitemap.xml", "/robots.txt"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            if (path.startsWith("/embed/")) {
                assertThat(response.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
            }
        }
        assertThat(activeSessions()).isEqualTo(before);

        HttpResponse<String> embed = get("/embed/" + DESK);
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("frame-ancestors *"));
        assertThat(embed.body()).contains("Test desk " + DESK, "/embed/annals-embed.js", "Open the full timeline");
        assertThat(get("/embed/no-such-timeline").statusCode()).isEqualTo(404);
        assertThat(get("/embed/" + DESK + "/extra").statusCode()).isEqualTo(404);
    }

    @Test
    void the_rest_of_the_app_still_refuses_to_be_framed() throws Exception {
        for (String path : new String[] {"/timelines/" + DESK, "/login", "/"}) {
            assertThat(get(path).headers().firstValue("X-Frame-Options")).as(path).hasValueSatisfying(
                    v -> assertThat(v).isIn("DENY", "SAMEORIGIN"));
        }
    }

    @Test
    void the_embed_links_back_to_the_same_view_in_the_readers_language() throws Exception {
        String body = get("/embed/" + DESK + "?from=2024-05-01&to=2024-05-31&type=diplomatic&q=%7Bceasefire%7D&asOf=2026-01-01T00:00:00Z&lang=uk").body();

        assertThat(body).contains("lang=\"uk\"", "Відкрити всю хроніку")
                .contains("/timelines/" + DESK + "?from=2024-05-01&amp;to=2024-05-31&amp;type=diplomatic&amp;q=%7Bceasefire%7D\"")
                .doesNotContain("asOf=2026");
        assertThat(get("/embed/" + DESK).body()).contains("lang=\"en\"");
    }

    @Test
    void a_pinned_view_shows_events_as_published_at_that_moment() throws Exception {
        String asOf = URLEncoder.encode(beforeCorrection.toString(), StandardCharsets.UTF_8);
        JsonNode pinned = json.readTree(get("/api/v1/timelines/" + DESK + "/events?asOf=" + asOf).body());

        assertThat(pinned.get("events").size()).isEqualTo(1);
        JsonNode event = pinned.get("events").get(0);
        assertThat(event.get("headline").asString()).isEqualTo("Ceasefire talks begin");
        assertThat(event.get("summary").asString()).isEqualTo("Original wording");
        assertThat(event.get("permalink").asString()).endsWith("/events/" + corrected.slug() + "?revision=1");
        // filters apply to the text as it was then
        assertThat(json.readTree(get("/api/v1/timelines/" + DESK + "/events?q=doha&asOf=" + asOf).body())
                .get("events").size()).isZero();

        JsonNode now = json.readTree(get("/api/v1/timelines/" + DESK + "/events").body());
        assertThat(now.get("events").size()).isEqualTo(2);
        assertThat(now.get("events").get(0).get("headline").asString()).isEqualTo("Ceasefire talks begin in Doha");
        assertThat(json.readTree(get("/api/v1/timelines/" + DESK + "/events?asOf=" + URLEncoder.encode(
                Instant.now().toString(), StandardCharsets.UTF_8)).body()).get("events").size()).isEqualTo(2);
    }

    @Test
    void a_bad_moment_is_a_400_naming_the_parameter() throws Exception {
        // the last two are valid ISO-8601 but beyond what a moment of this timeline can be (they used to be a 500)
        for (String bad : new String[] {"yesterday", "2026-13-01T00:00:00Z", "2026-01-01", "-1000000000-01-01T00:00:00Z",
                "%2B10000-01-01T00:00:00Z"}) {
            HttpResponse<String> response = get("/api/v1/timelines/" + DESK + "/events?asOf=" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo("asOf");
        }
    }

    @Test
    void the_sitemap_lists_public_timelines_and_their_published_events() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");

        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        String base = "http://localhost:" + port;
        assertThat(sitemap.body()).startsWith("<?xml").contains("<urlset", base + "/timelines/" + DESK + "</loc>",
                base + "/timelines/" + DESK + "/events/" + corrected.slug() + "</loc>",
                base + "/timelines/russia-ukraine-war/events/2022-04-02");
        assertThat(sitemap.body()).endsWith("</urlset>\n");
        String robots = get("/robots.txt").body();
        assertThat(robots).contains("Sitemap: " + base + "/sitemap.xml", "Disallow: /embed/");
    }
}
