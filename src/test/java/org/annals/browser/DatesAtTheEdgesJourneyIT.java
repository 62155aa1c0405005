package org.annals.browser;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import org.annals.EdgeDatedTimeline;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.security.AccountService;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live pages in Chromium with events dated anywhere in the years 1–9999: the reader's timeline (list, visual
 * timeline, map) and the editors' grid and form draw them, and nothing answers with an error.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatesAtTheEdgesJourneyIT {

    private static final String SLUG = EdgeDatedTimeline.SLUG;

    @LocalServerPort
    int port;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        EdgeDatedTimeline.ensure(timelines, editing);
        Teams.on(timelines, accounts, SLUG, "edge-editor:EDITOR");
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private void noErrorShown() {
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-notification-card[theme~=error]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("Something went wrong", "Internal Server Error");
    }

    @Test
    void a_reader_sees_the_whole_timeline_and_a_window_at_the_first_days_of_the_year_1() {
        browser.open("/timelines/" + SLUG);
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 10);
        browser.until(d -> d.findElement(By.id("visual-timeline")).getDomAttribute("aria-busy") == null);
        assertThat(browser.textOf(By.id("events"))).contains("Dated 0001-01-01");
        noErrorShown();

        browser.open("/timelines/" + SLUG + "?from=0001-01-01&to=0001-01-31");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 1);
        browser.until(d -> d.findElement(By.id("visual-timeline")).getDomAttribute("aria-busy") == null);
        assertThat(browser.textOf(By.id("events"))).contains("Dated 0001-01-01").doesNotContain("Dated 9999");
        noErrorShown();

        browser.open("/timelines/" + SLUG + "?from=9999-12-01&to=9999-12-31");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 1);
        assertThat(browser.textOf(By.id("events"))).contains("Dated 9999-12-31");
        noErrorShown();
    }

    @Test
    void an_editor_opens_the_grid_and_the_event_of_the_first_day() {
        EventRow first = as("edge-editor", "EDITOR", () -> editing.rows(SLUG, EventFilter.ALL, EventSort.DATE_ASC, 0, 1))
                .getFirst();
        browser.signIn("edge-editor", Teams.PASSWORD);
        browser.open("/editor/events?timeline=" + SLUG);
        browser.await(By.id("events-grid"));
        browser.until(d -> browser.textOf(By.id("events-grid")).contains("Dated 0001"));
        noErrorShown();

        browser.open("/editor/events/" + first.id());
        browser.until(d -> !browser.valueOf("start").isEmpty());
        assertThat(browser.valueOf("start")).startsWith("0001");
        noErrorShown();
    }
}
