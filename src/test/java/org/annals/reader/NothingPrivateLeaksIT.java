package org.annals.reader;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.security.SystemActor;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One of each thing readers must never see — a draft, an event in review, a pending correction, the text of a
 * retracted event, a private timeline — and every public surface checked for it: API lists, search, single events,
 * density counts, the three export formats, link previews, the public pages' first HTML, pinned revisions, the embed
 * page and the data it loads (live and pinned to a past moment), and the sitemap.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NothingPrivateLeaksIT {

    private static final String DESK = "leak-desk";
    private static final String SECRET = "zqxsecret";

    @LocalServerPort
    int port;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    org.annals.publication.PublishedEventQuery publicQuery;

    private EventDetails published;
    private EventDetails retracted;
    private String beforeRetraction = "";
    private final List<String> secretSlugs = new java.util.ArrayList<>();

    private static EventContent content(String headline, String summary) {
        // anything secret also carries a secret tag: the tag list readers filter by must not show it either
        boolean secret = headline.contains(SECRET) || (summary != null && summary.contains(SECRET));
        return new EventContent(headline, summary, UncertainDate.parse("2024-08-08"), null, Place.UNKNOWN,
                Set.of(EventType.MILITARY), secret ? Set.of(SECRET) : Set.of(), Confidence.VERIFIED);
    }

    private EventDetails publish(String desk, EventContent content) {
        EventDetails draft = as("lee", "EDITOR", () -> editing.createDraft(desk, content));
        EventDetails sent = as("lee", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));
        return as("rev", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
    }

    @BeforeAll
    void oneOfEach() {
        Teams.on(timelines, accounts, DESK, "lee:EDITOR", "rev:REVIEWER");
        SystemActor.run(() -> timelines.find("leak-private").orElseGet(() ->
                timelines.create(new NewTimeline("leak-private", "Private desk", null, Visibility.PRIVATE))));
        Teams.on(timelines, accounts, "leak-private", "lee:EDITOR", "rev:REVIEWER");

        EventDetails draft = as("lee", "EDITOR", () -> editing.createDraft(DESK, content("Draft " + SECRET + " one", null)));
        EventDetails inReview = as("lee", "EDITOR", () -> editing.createDraft(DESK, content("Review " + SECRET + " two", null)));
        as("lee", "EDITOR", () -> workflow.submit(inReview.id(), inReview.version(), "Go"));
        published = publish(DESK, content("Visible headline", "Visible summary"));
        as("lee", "EDITOR", () -> editing.update(published.id(), published.version(), content("Pending " + SECRET + " three", "Pending summary " + SECRET)));
        EventDetails toRetract = publish(DESK, content("Retracted headline", "Retracted summary " + SECRET));
        // a moment when readers still saw the retracted text: a pinned view of it must not bring that text back
        beforeRetraction = java.net.URLEncoder.encode(java.time.Instant.now().toString(), java.nio.charset.StandardCharsets.UTF_8);
        retracted = as("rev", "REVIEWER", () -> workflow.retract(toRetract.id(), toRetract.version(), "Fabricated"));
        EventDetails privateEvent = publish("leak-private", content("Private " + SECRET + " four", null));
        secretSlugs.addAll(List.of(draft.slug(), inReview.slug(), privateEvent.slug()));
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void no_public_api_surface_shows_any_of_them() throws Exception {
        String api = "/api/v1/timelines/" + DESK;
        for (String path : List.of(api + "/events", api + "/events?q=" + SECRET, api + "/events?q=pending",
                api + "/export?format=csv", api + "/export?format=geojson", api + "/export?format=timelinejs", api + "/export?format=annals",
                api + "/events/" + published.slug(), api + "/corrections", "/api/v1/timelines",
                api + "/window", api + "/window?q=" + SECRET, api + "/window?limit=1", api + "/events?disagree=true")) {
            assertThat(get(path)).as(path).doesNotContain(SECRET).doesNotContain("leak-private");
        }
        assertThat(get(api + "/events/" + published.slug())).contains("Visible headline");
        assertThat(get(api + "/density?bucket=year")).contains("\"total\":1");
        assertThat(get(api + "/window")).contains("\"total\":1").contains("Visible headline");
        assertThat(publicQuery.actors(DESK)).extracting(org.annals.publication.FacetCount::value).doesNotContain(SECRET);
        assertThat(publicQuery.tags(DESK)).extracting(org.annals.publication.FacetCount::value).doesNotContain(SECRET);
        for (String slug : secretSlugs) {
            assertThat(status(api + "/events/" + slug)).as(slug).isEqualTo(404);
        }
        assertThat(status("/api/v1/timelines/leak-private/events")).isEqualTo(404);
        assertThat(status("/api/v1/timelines/leak-private/export?format=csv")).isEqualTo(404);
        assertThat(status("/api/v1/timelines/leak-private/density")).isEqualTo(404);
        assertThat(status("/api/v1/timelines/leak-private/window")).isEqualTo(404);
        assertThat(status(api + "/events/" + retracted.slug())).isEqualTo(410);
    }

    @Test
    void no_public_page_or_link_preview_shows_any_of_them() throws Exception {
        assertThat(get("/timelines/" + DESK + "/events/" + published.slug())).contains("Visible headline").doesNotContain(SECRET);
        assertThat(get("/timelines/" + DESK + "/events/" + retracted.slug())).doesNotContain(SECRET);
        assertThat(get("/timelines/" + DESK)).doesNotContain(SECRET);
        for (String slug : secretSlugs) {
            assertThat(get("/timelines/" + DESK + "/events/" + slug)).doesNotContain(SECRET);
            assertThat(get("/timelines/leak-private/events/" + slug)).doesNotContain(SECRET);
        }
    }

    @Test
    void no_pinned_revision_shows_any_of_them() throws Exception {
        String events = "/api/v1/timelines/" + DESK + "/events/";
        assertThat(get(events + published.slug() + "/revisions")).contains("\"revision\":1").doesNotContain("\"revision\":2");
        assertThat(get(events + published.slug() + "/revisions/1")).contains("Visible headline").doesNotContain(SECRET);
        assertThat(status(events + published.slug() + "/revisions/2")).isEqualTo(404);
        for (String revision : List.of("/revisions", "/revisions/1", "/revisions/2")) {
            assertThat(status(events + retracted.slug() + revision)).as(revision).isEqualTo(410);
            assertThat(get(events + retracted.slug() + revision)).as(revision).doesNotContain(SECRET).doesNotContain("Retracted summary");
        }
        for (String slug : secretSlugs) {
            assertThat(status(events + slug + "/revisions/1")).as(slug).isEqualTo(404);
            assertThat(status("/api/v1/timelines/leak-private/events/" + slug + "/revisions/1")).as(slug).isEqualTo(404);
            // the answer names the slug asked for (which holds the word): the headlines must not be there
            assertThat(get(events + slug + "/revisions")).as(slug).doesNotContain(SECRET + " one")
                    .doesNotContain(SECRET + " two").doesNotContain(SECRET + " four");
        }
        for (String page : List.of("/timelines/" + DESK + "/events/" + retracted.slug() + "?revision=1",
                "/timelines/" + DESK + "/events/" + published.slug() + "?revision=2")) {
            assertThat(get(page)).as(page).doesNotContain(SECRET);
        }
    }

    @Test
    void neither_the_embed_nor_the_data_it_loads_shows_any_of_them() throws Exception {
        String now = java.net.URLEncoder.encode(java.time.Instant.now().toString(), java.nio.charset.StandardCharsets.UTF_8);
        String api = "/api/v1/timelines/" + DESK + "/events?lang=en&limit=50";
        // what the embed page loads is checked with the secret word searched for; the page itself would echo the word
        for (String path : List.of("/embed/" + DESK, "/embed/" + DESK + "?q=pending", api, api + "&q=" + SECRET,
                api + "&asOf=" + now, api + "&asOf=" + now + "&q=" + SECRET, api + "&asOf=" + beforeRetraction,
                api + "&asOf=" + beforeRetraction + "&q=retracted", "/embed/leak-private", "/embed/leak-private?asOf=" + now)) {
            assertThat(get(path)).as(path).doesNotContain(SECRET).doesNotContain("Retracted summary");
        }
        assertThat(get(api + "&asOf=" + beforeRetraction)).contains("Visible headline").doesNotContain("Retracted headline");
        assertThat(status("/embed/leak-private")).isEqualTo(404);
        assertThat(status("/api/v1/timelines/leak-private/events?asOf=" + now)).isEqualTo(404);
    }

    @Test
    void the_sitemap_names_only_public_published_events() throws Exception {
        String sitemap = get("/sitemap.xml");

        assertThat(sitemap).contains("/timelines/" + DESK + "/events/" + published.slug() + "</loc>")
                .doesNotContain(SECRET).doesNotContain("leak-private").doesNotContain(retracted.slug());
        for (String slug : secretSlugs) {
            assertThat(sitemap).doesNotContain(slug);
        }
        assertThat(get("/robots.txt")).doesNotContain("leak-private");
    }
}
