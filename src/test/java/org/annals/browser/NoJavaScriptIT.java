package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.EventFilterParams;
import org.annals.publication.PublishedEventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: a reader whose browser runs no JavaScript reads every public page — the home page, a timeline (the list
 * for the link's filters, page by page through plain links, with no blank gap above it), an event with its sources
 * and quotes, and the corrections log — in real Chromium with JavaScript switched off.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoJavaScriptIT {

    private static final String WAR = "russia-ukraine-war";
    private static final String LONG = "no-javascript-pages";

    @LocalServerPort
    int port;
    @Autowired
    PublishedEventQuery published;
    @Autowired
    TimelineImportService importer;
    Browser browser;

    @BeforeAll
    void setUp() throws Exception {
        if (!exists(LONG)) {
            GeneratedTimeline file = new GeneratedTimeline(LONG, "Long timeline", "More events than one page holds.");
            for (int i = 0; i < 150; i++) {
                file.event("e" + i, "Generated event number " + i, LocalDate.of(2024, 1, 1).plusDays(i).toString(), "MILITARY");
            }
            file.importWith(importer);
        }
        browser = Browser.withoutJavaScript(port);
    }

    private boolean exists(String timeline) {
        try {
            published.timeline(timeline);
            return true;
        } catch (org.annals.shared.NotFoundException e) {
            return false;
        }
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_home_page_and_a_timeline_read_without_javascript() {
        browser.open("/");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Timelines");
        browser.click(By.linkText("Russia–Ukraine war"));
        browser.until(d -> d.getCurrentUrl().endsWith("/timelines/" + WAR));

        List<WebElement> items = browser.driver().findElements(By.cssSelector("ol.annals-event-list li"));
        assertThat(items).hasSize(65);
        // the list follows the title: no room kept for a visual timeline that never comes
        assertThat(items.getFirst().getRect().getY()).isLessThan(600);

        // a filtered link lists what it names
        browser.open("/timelines/" + WAR + "?type=sanctions");
        int sanctions = published.count(WAR, EventFilterParams.parse(null, null, List.of("sanctions"), null, null, null, null));
        assertThat(browser.driver().findElements(By.cssSelector("ol.annals-event-list li"))).hasSize(sanctions);
    }

    @Test
    void a_long_timeline_is_read_page_by_page_through_plain_links() {
        browser.open("/timelines/" + LONG);
        assertThat(browser.driver().findElements(By.cssSelector("ol.annals-event-list li"))).hasSize(100);
        browser.click(By.id("annals-next-page"));
        browser.until(d -> d.getCurrentUrl().contains("page="));
        List<WebElement> second = browser.driver().findElements(By.cssSelector("ol.annals-event-list li"));
        assertThat(second).hasSize(50);
        assertThat(second.getFirst().getText()).contains("Generated event number 100");
        assertThat(browser.driver().findElements(By.id("annals-next-page"))).isEmpty();
    }

    @Test
    void the_embed_lists_its_events_without_javascript_and_honours_disagree_and_area() {
        String filters = "?disagree=true&area=44,22,53,41";
        browser.open("/embed/" + WAR + filters);
        int expected = published.count(WAR, EventFilterParams.parse(null, null, null, null, null, null, null, "true", "44,22,53,41"));
        assertThat(expected).isPositive().isLessThan(65);
        assertThat(browser.driver().findElements(By.cssSelector(".annals-plain-list li"))).hasSize(expected);
        assertThat(browser.driver().findElements(By.id("status")).getFirst().getText()).doesNotContain("Loading");

        // with JavaScript the embed's own list takes the same two filters (they were left out before)
        try (Browser scripted = new Browser(port)) {
            scripted.open("/embed/" + WAR + filters);
            scripted.until(d -> d.findElements(By.cssSelector("#events li")).size() == expected
                    && !d.findElement(By.id("status")).getText().contains("Loading") ? true : null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void an_event_and_the_corrections_log_read_without_javascript() {
        EventDetails ryabkov = published.event(WAR, "2025-10-08-ryabkov-anchorage-momentum-largely-exhausted");
        browser.open("/timelines/" + WAR + "/events/" + ryabkov.slug());
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo(ryabkov.content().headline());
        assertThat(browser.textOf(By.tagName("body"))).contains("largely exhausted by the efforts of opponents and supporters of the war")
                .contains(ryabkov.dateLabel(java.util.Locale.ENGLISH));

        browser.open("/timelines/" + WAR + "/corrections");
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Corrections and retractions");
    }
}
