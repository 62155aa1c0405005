package org.annals.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.annals.IntegrationTest;
import org.annals.publication.PublishedEventQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The timeline's text in a timeline page's first HTML, before any JavaScript runs (docs/decisions/0011). */
@IntegrationTest
class TimelinePrerenderIT {

    @LocalServerPort
    int port;
    @Autowired
    PublishedEventQuery published;

    private Document page(String path, String language) throws Exception {
        return Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void a_bare_link_carries_the_title_the_description_and_the_first_page_of_the_list() throws Exception {
        Element copy = page("/timelines/russia-ukraine-war", "en-GB").getElementById(TimelinePrerender.ID);

        assertThat(copy).isNotNull();
        assertThat(copy.select("h1").text()).isEqualTo("Russia–Ukraine war");
        assertThat(copy.select("h1 + p").text()).isNotBlank();
        assertThat(copy.select("ol.annals-event-list > li")).hasSize(Math.min(TimelineView.PAGE,
                published.publishedCount("russia-ukraine-war")));
        assertThat(copy.select("li a[href^='timelines/russia-ukraine-war/events/']")).isNotEmpty();
        assertThat(copy.text()).contains("c. 2 Apr 2022");
        // the live view's ids stay the live view's: tests and scripts that look for #events find the live list only
        assertThat(copy.select("[id]")).extracting(Element::id).containsExactly(TimelinePrerender.ID);
        assertThat(copy.select("script").html()).contains("requestAnimationFrame");
    }

    @Test
    void every_link_in_the_copy_loads_its_page_rather_than_waiting_for_the_client_router() throws Exception {
        // clicked before the live view was drawn, a copy's link changed the address and left the old page on screen
        for (String path : java.util.List.of("/", "/timelines/russia-ukraine-war", "/timelines/russia-ukraine-war/corrections")) {
            Element copy = page(path, "en").getElementById(TimelinePrerender.ID);
            assertThat(copy.select("a[href]")).as(path).isNotEmpty()
                    .allSatisfy(link -> assertThat(link.hasAttr("router-ignore")).as(link.outerHtml()).isTrue());
        }
    }

    @Test
    void a_link_with_filters_carries_the_list_for_its_filters() throws Exception {
        Element copy = page("/timelines/russia-ukraine-war?type=aid", "en").getElementById(TimelinePrerender.ID);

        assertThat(copy.select("h1").text()).isEqualTo("Russia–Ukraine war");
        // issue 16: without JavaScript a filtered link still lists exactly its events
        assertThat(copy.select("ol li")).hasSize(published.count("russia-ukraine-war", org.annals.publication.EventFilterParams.parse(
                null, null, java.util.List.of("aid"), null, null, null, null)));
        assertThat(copy.select("ol li").text()).doesNotContain("Russia launches full-scale invasion");
    }

    @Test
    void an_event_pages_copy_says_how_its_date_was_settled_in_the_readers_language() throws Exception {
        String path = "/timelines/russia-ukraine-war/events/2022-04-14-cruiser-moskva-sinks";
        assertThat(page(path, "en").selectFirst(".annals-date-note").text())
                .isEqualTo("On the date: The cruiser was hit overnight on 13–14 April 2022 and its sinking was announced late on 14 April, so the event is dated 14 April.");
        assertThat(page(path, "uk").selectFirst(".annals-date-note").text()).startsWith("Про дату: ");
    }

    @Test
    void a_disagreements_sources_are_links_readers_also_find_among_the_events_sources() throws Exception {
        Document page = page("/timelines/russia-ukraine-war/events/2022-02-24-russia-launches-full-scale-invasion", "en");
        var named = page.select(".annals-disagreement-sources a");
        assertThat(named.eachAttr("href")).containsExactly("https://legitgov.org/", "https://indoustribune.com/");
        assertThat(named.first().parent().text()).isEqualTo("Sources named: legitgov.org");
        assertThat(page.select("ul li > a").eachAttr("href")).contains("https://legitgov.org/", "https://indoustribune.com/");
    }

    @Test
    void the_copy_speaks_the_readers_language_and_unknown_timelines_get_none() throws Exception {
        Element copy = page("/timelines/russia-ukraine-war", "uk-UA,uk;q=0.9").getElementById(TimelinePrerender.ID);
        assertThat(copy.attr("lang")).isEqualTo("uk");
        assertThat(copy.select("header").text()).contains("Редакторам");
        assertThat(copy.select("li").first().text()).contains("2022");

        assertThat(page("/timelines/no-such-timeline", "en").getElementById(TimelinePrerender.ID)).isNull();
        assertThat(page("/timelines/russia-ukraine-war/events/no-such-event", "en").getElementById(TimelinePrerender.ID)).isNull();
    }
}
