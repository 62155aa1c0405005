package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.IntegrationTest;
import org.annals.publication.EventFilterParams;
import org.annals.publication.PublishedEventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader without an account opens the public timeline, then an event's permalink. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderJourneyIT {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    PublishedEventQuery published;
    Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void reader_sees_the_timeline_with_honest_dates_and_opens_a_permalink() {
        browser.open("/");
        browser.click(By.linkText("Russia–Ukraine war"));

        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#events li"));
        assertThat(items).hasSize(65);
        assertThat(items.getFirst().getText()).contains("24 Feb 2022").contains("military");
        String page = browser.driver().findElement(By.id("events")).getText();
        assertThat(page).contains("c. 2 Apr 2022", "23–24 Jun 2023", "c. 8 Jun 2023");
        assertThat(browser.driver().getTitle()).contains("Russia–Ukraine war");

        browser.click(By.cssSelector("#events li[data-event^='2022-04-02'] a"));
        browser.until(d -> d.getCurrentUrl().contains("/timelines/russia-ukraine-war/events/2022-04-02"));
        assertThat(browser.await(By.id("event-date")).getText()).isEqualTo("c. 2 Apr 2022");
        assertThat(browser.await(By.tagName("body")).getText()).contains("Somewhere between 2 Apr 2022 and 3 Apr 2022");
        // how the date was settled is said beside it, not in the summary
        assertThat(browser.await(By.id("date-note")).getText()).startsWith("On the date: The first footage and reports date from 2 April 2022");
    }

    @Test
    void the_text_in_the_first_html_gives_way_to_the_live_view() {
        browser.open("/timelines/russia-ukraine-war");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);

        // the server-rendered copy is gone once the live view is drawn: one title, one list, nothing read twice
        browser.until(d -> d.findElements(By.id("annals-prerender")).isEmpty());
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("ol.annals-event-list"))).hasSize(1);
    }

    @Test
    void a_permalink_opened_directly_shows_sources_with_verbatim_quotes_and_disagreements() {
        browser.open("/timelines/russia-ukraine-war/events/2025-10-08-ryabkov-anchorage-momentum-largely-exhausted");

        String sources = browser.await(By.id("sources")).getText();
        assertThat(sources).contains("largely exhausted by the efforts of opponents and supporters of the war");
        assertThat(browser.driver().findElements(By.cssSelector("#sources a[href^='https://www.themoscowtimes.com']"))).isNotEmpty();

        browser.open("/timelines/russia-ukraine-war/events/" + kakhovkaSlug());
        assertThat(browser.await(By.id("disagreements")).getText()).contains("2023-06-06");
    }

    @Test
    void an_unknown_permalink_is_a_friendly_not_found_page() {
        browser.open("/timelines/russia-ukraine-war/events/no-such-event");

        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    private String kakhovkaSlug() {
        browser.open("/timelines/russia-ukraine-war");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);
        return browser.driver().findElement(By.xpath("//li[contains(., 'Kakhovka')]")).getAttribute("data-event");
    }

    @Test
    void the_visual_timeline_draws_the_window_and_a_search_is_kept_in_the_link() {
        browser.open("/timelines/russia-ukraine-war");
        browser.until(d -> d.findElements(By.cssSelector("#visual-timeline .vis-item")).size() >= 10);
        assertThat(browser.driver().findElements(By.cssSelector("#visual-timeline .vis-item.annals-fuzzy"))).isNotEmpty();

        browser.type("search", "Kakhovka");
        browser.until(d -> d.getCurrentUrl().contains("q=Kakhovka"));
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() == 1);
        String link = browser.driver().getCurrentUrl();

        browser.open(link.replaceFirst("^http://localhost:\\d+", ""));
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() == 1);
        assertThat(browser.driver().findElement(By.id("events")).getText()).contains("Kakhovka");
        assertThat(browser.valueOf("search")).isEqualTo("Kakhovka");
    }

    @Test
    void filters_lanes_and_the_selected_event_live_in_the_link_and_matches_are_marked() {
        int disputed = published.count("russia-ukraine-war", EventFilterParams.parse(null, null, null, null, null, null, null, "true", null));
        String kakhovka = kakhovkaSlug();
        browser.open("/timelines/russia-ukraine-war?disagree=true&lanes=type&event=" + kakhovka);

        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() == disputed);
        browser.until(d -> Integer.parseInt(java.util.Objects.requireNonNullElse(
                d.findElement(By.id("visual-timeline")).getDomAttribute("data-lanes"), "0")) >= 2);
        assertThat(browser.driver().findElements(By.cssSelector("#visual-timeline .vis-label"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.textOf(By.id("selected-event"))).contains("Kakhovka");

        browser.type("search", "dams");
        browser.until(d -> d.getCurrentUrl().contains("q=dams"));
        String url = browser.driver().getCurrentUrl();
        assertThat(url).contains("disagree=true", "lanes=type", "event=" + kakhovka);
        browser.until(d -> !d.findElements(By.cssSelector("#events li mark")).isEmpty());
        assertThat(browser.textOf(By.cssSelector("#events li mark")).toLowerCase()).startsWith("dam");
        String csv = browser.driver().findElement(By.cssSelector("#exports a[data-format=csv]")).getDomAttribute("href");
        assertThat(csv).contains("/api/v1/timelines/russia-ukraine-war/export?", "q=dams", "disagree=true", "format=csv")
                .doesNotContain("lanes=");
    }

    @Test
    void a_reader_picks_an_actor_from_the_names_fetched_as_they_type() {
        // the second most frequent actor: a name the reader finds by typing part of it
        String name = published.actors("russia-ukraine-war").get(1).value();
        int expected = published.count("russia-ukraine-war", EventFilterParams.parse(null, null, null, name, null, null, null, null, null));
        browser.open("/timelines/russia-ukraine-war");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);
        browser.type("actor", name.substring(0, Math.min(6, name.length())));
        browser.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> name.equals(item.getDomProperty("textContent").strip())));
        browser.driver().findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> name.equals(item.getDomProperty("textContent").strip())).findFirst().orElseThrow().click();
        browser.until(d -> d.getCurrentUrl().contains("actor="));
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() == expected);
        assertThat(browser.valueOf("actor")).isEqualTo(name);
    }

    @Test
    void a_linked_window_is_the_window_shown() {
        browser.open("/timelines/russia-ukraine-war?from=2022-01-15&to=2023-12-31");

        browser.until(d -> d.findElements(By.cssSelector("#visual-timeline .vis-item")).size() >= 10);
        assertThat(browser.valueOf("from")).isEqualTo("2022-01-15");
        assertThat(browser.valueOf("to")).isEqualTo("2023-12-31");
        assertThat(browser.driver().getCurrentUrl()).contains("from=2022-01-15", "to=2023-12-31");
    }

    @Test
    void a_damaged_link_shows_what_was_left_out_and_the_rest_of_the_view() {
        browser.open("/timelines/russia-ukraine-war?from=2023-13-01&to=2024-01-01&type=tank&confidence=verified&actor=%00&q="
                + "x".repeat(300));

        assertThat(browser.textOf(By.id("view-notice"))).contains("from=2023-13-01", "type=tank", "at most 200 characters",
                "actor must not contain control characters");
        int verified = published.count("russia-ukraine-war", EventFilterParams.parse(null, null, null, null, null, null, List.of("verified")));
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() == verified);
    }

    @Test
    void the_map_shows_the_events_in_view_and_selecting_one_offers_its_page() {
        browser.open("/timelines/russia-ukraine-war");
        browser.until(d -> {
            String markers = d.findElement(By.id("event-map")).getDomAttribute("data-markers");
            return markers != null && Integer.parseInt(markers) >= 60;
        });

        browser.until(d -> d.getCurrentUrl().contains("from="));

        // click a marker inside the visible part of the map (some events lie outside it, e.g. in Washington); the
        // markers are redrawn when the window settles, so find one afresh on each try
        browser.until(d -> {
            WebElement marker = (WebElement) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                    const map = document.getElementById('event-map').getBoundingClientRect();
                    return [...document.querySelectorAll('#event-map path.leaflet-interactive')].find(p => {
                      const r = p.getBoundingClientRect();
                      return r.left > map.left + 60 && r.right < map.right - 10 && r.top > map.top + 10 && r.bottom < map.bottom - 10;
                    });""");
            if (marker != null && d.findElements(By.cssSelector("#selected-event a")).isEmpty()) {
                new org.openqa.selenium.interactions.Actions(d).moveToElement(marker).click().perform();
            }
            return d.findElements(By.cssSelector("#selected-event a")).isEmpty() ? null : true;
        });
        assertThat(browser.driver().findElement(By.cssSelector("#selected-event a")).getDomAttribute("href"))
                .startsWith("timelines/russia-ukraine-war/events/");
    }

    @Test
    void a_reader_switches_the_pages_to_ukrainian_and_back() throws Exception {
        // a browser of its own: the language stays with the visit, and the other tests read English
        try (Browser browser = new Browser(port)) {
        browser.open("/timelines/russia-ukraine-war");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);

        browser.click(By.id("language"));

        browser.until(d -> d.findElement(By.id("view-summary")).getText().startsWith("Опублікованих подій: 65"));
        assertThat(browser.driver().findElement(By.id("events")).getText()).contains("24 лют. 2022", "бл. 2 квіт. 2022");
        browser.open("/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha");
        assertThat(browser.await(By.id("sources")).getText()).isNotBlank();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Десь між 2 квіт. 2022", "Джерела");

        browser.click(By.id("language"));
        browser.until(d -> d.findElement(By.tagName("body")).getText().contains("Somewhere between 2 Apr 2022"));
        }
    }
}
