package org.annals.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.annals.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What a crawler that runs no JavaScript sees in a permalink's first HTML: preview tags and schema.org JSON-LD. */
@IntegrationTest
class LinkPreviewIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.annals.event.EventEditingService editing;
    @Autowired
    org.annals.timeline.TimelineService timelines;

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(get(path));
    }

    @Test
    void an_event_permalink_previews_well_and_describes_an_honest_schema_org_event() throws Exception {
        Document page = page("/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha");

        assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("Bodies of civilians found");
        assertThat(page.select("meta[property=og:description]").attr("content")).startsWith("c. 2 Apr 2022 · Bucha");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .endsWith("/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha");
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("Event");
        assertThat(ld.get("startDate").asString()).isEqualTo("2022-04-02");
        assertThat(ld.get("location").get("geo").get("latitude").asDouble()).isEqualTo(50.544);
    }

    @Test
    void a_preview_asked_for_in_ukrainian_gives_its_date_in_ukrainian() throws Exception {
        String path = "/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha";
        Document page = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").build(), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(page.select("meta[property=og:description]").attr("content")).startsWith("бл. 2 квіт. 2022");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("uk_UA");
        assertThat(page.select("html").attr("lang")).isEqualTo("uk");
        assertThat(page(path + "?lang=en").select("meta[property=og:description]").attr("content")).startsWith("c. 2 Apr 2022");
    }

    @Test
    void a_malformed_accept_language_header_gets_the_english_preview_not_an_error() throws Exception {
        String path = "/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en;q=notanumber").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("meta[property=og:description]").attr("content")).startsWith("c. 2 Apr 2022");
    }

    @Test
    void a_spanning_event_has_an_end_date_and_a_timeline_page_has_its_own_preview() throws Exception {
        Document wagner = page("/timelines/russia-ukraine-war/events/" + slugOfWagner());
        JsonNode ld = json.readTree(wagner.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("startDate").asString()).isEqualTo("2023-06-23");
        assertThat(ld.get("endDate").asString()).isEqualTo("2023-06-24");

        Document timeline = page("/timelines/russia-ukraine-war");
        assertThat(timeline.select("meta[property=og:title]").attr("content")).isEqualTo("Russia–Ukraine war");
        assertThat(page("/timelines/russia-ukraine-war/events/no-such-event").select("script[type=application/ld+json]")).isEmpty();
    }

    private String slugOfWagner() throws Exception {
        JsonNode events = json.readTree(get("/api/v1/timelines/russia-ukraine-war/events?from=2023-06-23&to=2023-06-23"));
        for (JsonNode event : events.get("events")) {
            if (event.get("headline").asString().startsWith("Wagner mutiny")) {
                return event.get("slug").asString();
            }
        }
        throw new AssertionError("no Wagner mutiny event");
    }

    @Test
    void a_headline_that_looks_like_markup_stays_text_in_the_json_ld_and_leaves_the_head_whole() throws Exception {
        String headline = "<!--<script x & a < b";
        org.annals.security.SystemActor.run(() -> {
            if (timelines.find("preview-hostile").isEmpty()) {
                timelines.create(new org.annals.timeline.NewTimeline("preview-hostile", "Hostile preview", null,
                        org.annals.timeline.Visibility.PUBLIC));
                editing.importEvent("preview-hostile", new org.annals.event.ImportedEvent("H1", "hostile-headline",
                        new org.annals.event.EventContent(headline, null, org.annals.shared.UncertainDate.parse("2024-02-02"),
                                null, org.annals.event.Place.UNKNOWN, java.util.Set.of(org.annals.event.EventType.MILITARY),
                                java.util.Set.of(), org.annals.event.Confidence.VERIFIED),
                        java.util.List.of(), java.util.List.of(), java.util.List.of(), org.annals.event.EventStatus.PUBLISHED));
            }
            return null;
        });

        String html = get("/timelines/preview-hostile/events/hostile-headline");
        Document page = Jsoup.parse(html);
        String script = page.select("script[type=application/ld+json]").first().data();
        assertThat(script).doesNotContain("<", ">", "&");
        assertThat(json.readTree(script).get("name").asString()).isEqualTo(headline);
        // nothing after the JSON-LD was swallowed: the canonical link and the body's content still parse as elements
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/timelines/preview-hostile/events/hostile-headline");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(headline);
    }
}
