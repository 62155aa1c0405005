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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Revalidations over real HTTP: a reader's current copy of every tagged answer gets a bodiless 304 with the headers its
 * 200 carried (tag, caching, cross-origin), answered before the security chain (which adds its own headers only to what
 * it serves); any publication makes every copy stale.
 */
@IntegrationTest
class ConditionalGetsIT {

    private static final String DESK = "conditional-gets";
    private static final String API = "/api/v1/timelines/" + DESK;

    @LocalServerPort
    int port;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tagOf(String path) throws Exception {
        HttpResponse<String> first = get(path);
        assertThat(first.statusCode()).as(path).isEqualTo(200);
        return first.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void every_tagged_answer_revalidates_to_304_until_something_is_published() throws Exception {
        Desk desk = new Desk(DESK, timelines, accounts, editing, workflow);
        EventDetails talks = desk.publish(Desk.content("2024-04-04", "Talks resume in Istanbul", null));
        String event = API + "/events/" + talks.slug();
        java.util.List<String> paths = java.util.List.of(API + "/events?limit=5", API + "/window?from=2024-01-01&to=2024-12-31",
                API + "/density?bucket=day", event, event + "/revisions", event + "/revisions/1");
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            tags.put(path, tagOf(path));
        }

        for (String path : paths) {
            HttpResponse<String> again = get(path, "If-None-Match", tags.get(path), "Origin", "https://news.example");
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(tags.get(path));
            assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
            assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(again.headers().allValues("Vary")).contains("Origin");
            assertThat(again.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            // Spring Security's own header: absent, so the answer came before its chain
            assertThat(again.headers().firstValue("X-XSS-Protection")).as(path).isEmpty();
        }

        String window = paths.get(1);
        String tag = tags.get(window);
        // a list of tags, and the strong form of a weak tag, are compared weakly
        assertThat(get(window, "If-None-Match", "W/\"elsewhere\", " + tag).statusCode()).isEqualTo(304);
        assertThat(get(window, "If-None-Match", tag.substring(2)).statusCode()).isEqualTo(304);
        // another view, another timeline's answer under this tag, a stale or hostile tag: the full answer
        assertThat(get(API + "/window?from=2024-01-01&to=2024-06-30", "If-None-Match", tag).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/timelines/russia-ukraine-war/window?from=2024-01-01&to=2024-12-31", "If-None-Match", tag)
                .statusCode()).isEqualTo(200);
        assertThat(get(window, "If-None-Match", "\"" + "x,".repeat(3000) + "\"").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/timelines/no-such-desk/window", "If-None-Match", tag).statusCode()).isEqualTo(404);

        desk.publish(Desk.content("2024-04-05", "Istanbul talks end", null));
        for (String path : paths) {
            HttpResponse<String> afterPublication = get(path, "If-None-Match", tags.get(path));
            assertThat(afterPublication.statusCode()).as(path).isEqualTo(200);
            assertThat(afterPublication.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(tags.get(path)));
        }
        assertThat(get(API + "/events?limit=5").body()).contains("Istanbul talks end");
    }
}
