package org.annals.reader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.annals.IntegrationTest;
import org.annals.event.EventFilter;
import org.annals.publication.PublishedEventQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: an address with nothing behind it answers 404 with a page that says what is missing and where to go —
 * not a 200 with an empty title, and not the sign-in form — while every real page still answers as before.
 */
@IntegrationTest
class MissingPagesIT {

    private static final String WAR = "russia-ukraine-war";

    @LocalServerPort
    int port;
    @Autowired
    PublishedEventQuery published;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknown_pages_timelines_and_events_answer_404_with_help() throws Exception {
        HttpResponse<String> page = get("/nope", "en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<title>Page not found · Annals</title>", "There is no page at this address",
                "id=\"missing-home\"").doesNotContain("password");

        HttpResponse<String> timeline = get("/timelines/no-such-war", "en");
        assertThat(timeline.statusCode()).isEqualTo(404);
        assertThat(timeline.body()).contains("There is no public timeline called “no-such-war”");

        HttpResponse<String> event = get("/timelines/" + WAR + "/events/no-such-event", "en");
        assertThat(event.statusCode()).isEqualTo(404);
        assertThat(event.body()).contains("no published event “no-such-event”", "href=\"/timelines/" + WAR + "\"");

        assertThat(get("/timelines/no-such-war/corrections", "en").statusCode()).isEqualTo(404);
        // hostile text in the address is shown as text
        HttpResponse<String> hostile = get("/timelines/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "en");
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(hostile.body()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");

        HttpResponse<String> ukrainian = get("/timelines/" + WAR + "/events/nema", "uk-UA,uk;q=0.9");
        assertThat(ukrainian.statusCode()).isEqualTo(404);
        assertThat(ukrainian.body()).contains("lang=\"uk\"", "Сторінку не знайдено", "немає опублікованої події «nema»");
    }

    @Test
    void real_pages_answer_as_before() throws Exception {
        String eventSlug = published.page(WAR, EventFilter.ALL, null, 1).events().getFirst().slug();
        assertThat(get("/", "en").statusCode()).isEqualTo(200);
        assertThat(get("/timelines/" + WAR, "en").statusCode()).isEqualTo(200);
        assertThat(get("/timelines/" + WAR + "/corrections", "en").statusCode()).isEqualTo(200);
        assertThat(get("/timelines/" + WAR + "/events/" + eventSlug, "en").statusCode()).isEqualTo(200);
        assertThat(get("/login", "en").statusCode()).isEqualTo(200);
        // a signed-in page that exists still asks for the sign-in
        HttpResponse<String> desk = get("/editor/events", "en");
        assertThat(desk.statusCode()).isEqualTo(302);
        assertThat(desk.headers().firstValue("Location").orElse("")).contains("/login");
    }
}
