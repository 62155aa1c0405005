package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on the public pages once they are drawn, and the keyboard paths that axe cannot check: a reader who does
 * not use a mouse reaches the visual timeline's items and the map's markers and selects them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    private static final String TIMELINE = "/timelines/russia-ukraine-war";
    private static final String CORRECTED = "a11y-corrections";

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
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private void openTimeline() {
        browser.open(TIMELINE);
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);
        browser.until(d -> d.findElements(By.cssSelector("#visual-timeline .vis-item")).size() >= 10);
        browser.until(d -> {
            String markers = d.findElement(By.id("event-map")).getDomAttribute("data-markers");
            return markers != null && Integer.parseInt(markers) >= 60;
        });
        // the first window change has reached the server and come back, and its answer is drawn: the page is settled
        browser.until(d -> d.getCurrentUrl().contains("from="));
        browser.until(d -> d.findElement(By.id("visual-timeline")).getDomAttribute("aria-busy") == null);
        // the visual timeline has drawn its events and made one of them its Tab stop (annals-roving-focus.js)
        browser.until(d -> !d.findElements(By.cssSelector("#visual-timeline .vis-item[tabindex='0']")).isEmpty());
    }

    @Test
    void the_public_timeline_page_with_its_visual_timeline_list_and_map() {
        openTimeline();
        Axe.assertNoSeriousViolations(browser, "timeline page");
    }

    @Test
    void the_embed_a_news_site_frames() {
        browser.open("/embed/russia-ukraine-war?from=2022-02-01&to=2022-12-31");
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 5);
        Axe.assertNoSeriousViolations(browser, "embed");
    }

    @Test
    void the_list_view() {
        openTimeline();
        Axe.assertNoSeriousViolations(browser, "list view", "#events");
    }

    @Test
    void the_map() {
        openTimeline();
        Axe.assertNoSeriousViolations(browser, "map", "#event-map");
    }

    @Test
    void the_page_in_ukrainian_declares_its_language() {
        browser.open(TIMELINE);
        browser.click(By.id("language"));
        browser.until(d -> "uk".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.documentElement.lang")) ? true : null);
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 65);
        try {
            Axe.assertNoSeriousViolations(browser, "timeline page in Ukrainian");
        } finally {
            browser.click(By.id("language"));
            browser.until(d -> "en".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.documentElement.lang")) ? true : null);
        }
    }

    @Test
    void an_event_page() {
        browser.open(TIMELINE + "/events/2025-10-08-ryabkov-anchorage-momentum-largely-exhausted");
        browser.await(By.id("sources"));
        Axe.assertNoSeriousViolations(browser, "event page");
    }

    @Test
    void the_corrections_page_empty_and_with_a_correction() {
        browser.open(TIMELINE + "/corrections");
        browser.await(By.tagName("h1"));
        Axe.assertNoSeriousViolations(browser, "corrections page (none yet)");

        Teams.on(timelines, accounts, CORRECTED, "a11y-ed:EDITOR", "a11y-rev:REVIEWER");
        EventDetails draft = SignedIn.as("a11y-ed", "EDITOR", () -> editing.createDraft(CORRECTED, content("First wording")));
        EventDetails sent = SignedIn.as("a11y-ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Ready"));
        EventDetails published = SignedIn.as("a11y-rev", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
        EventDetails corrected = SignedIn.as("a11y-ed", "EDITOR",
                () -> editing.update(published.id(), published.version(), content("Corrected wording")));
        EventDetails resent = SignedIn.as("a11y-ed", "EDITOR", () -> workflow.submit(corrected.id(), corrected.version(), "Fix"));
        SignedIn.as("a11y-rev", "REVIEWER", () -> workflow.approve(resent.id(), resent.version(), "The first wording overstated it"));

        browser.open("/timelines/" + CORRECTED + "/corrections");
        assertThat(browser.textOf(By.id("corrections"))).contains("Corrected wording", "The first wording overstated it");
        Axe.assertNoSeriousViolations(browser, "corrections page");
    }

    private static EventContent content(String headline) {
        return new EventContent(headline, null, UncertainDate.parse("2024-05-05"), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
    }

    /** Issue 15: the editors' new parts — the history's word diff, the selection bar, the bulk dialog and its report. */
    @Test
    void the_editors_history_diff_and_bulk_dialogs() {
        browser.signIn("editor", "annals-demo-2026");
        try {
            long eventId = jdbc.sql("select id from timeline_event where slug = '2025-10-08-ryabkov-anchorage-momentum-largely-exhausted'")
                    .query(Long.class).single();
            browser.open("/editor/events/" + eventId);
            browser.click(By.cssSelector("#history vaadin-details-summary"));
            browser.until(d -> !d.findElements(By.cssSelector("#revisions vaadin-checkbox")).isEmpty());
            browser.click(browser.driver().findElements(By.cssSelector("#revisions vaadin-checkbox")).getLast());
            browser.click(By.id("compare"));
            browser.await(By.cssSelector("#history p"));
            Axe.assertNoSeriousViolations(browser, "editor's history", "#history");

            browser.open("/editor/events?timeline=russia-ukraine-war");
            browser.until(d -> d.findElements(By.cssSelector("#events-grid vaadin-checkbox")).stream().anyMatch(WebElement::isDisplayed));
            browser.click(browser.driver().findElements(By.cssSelector("#events-grid vaadin-checkbox")).stream()
                    .filter(WebElement::isDisplayed).reduce((a, b) -> b).orElseThrow());
            browser.await(By.id("selection-actions"));
            Axe.assertNoSeriousViolations(browser, "grid's selection bar", "#selection-actions");
            browser.click(By.id("bulk-labels"));
            browser.await(By.id("bulk-add-tags"));
            Axe.assertNoSeriousViolations(browser, "bulk labels dialog", "vaadin-dialog");
        } finally {
            browser.signOut();
        }
    }

    @Test
    void the_sign_in_page() {
        browser.open("/login");
        browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
        Axe.assertNoSeriousViolations(browser, "sign-in page");
    }

    @Test
    void the_keyboard_reaches_and_selects_an_item_of_the_visual_timeline() {
        openTimeline();
        Map<String, Object> first = tabTo("#visual-timeline .vis-item");
        assertThat((String) first.get("label")).isNotBlank();
        // one Tab stop for the whole timeline: the arrow keys move between its events
        assertThat(browser.driver().findElements(By.cssSelector("#visual-timeline .vis-item[tabindex='0']"))).hasSize(1);
        press(Keys.ARROW_RIGHT);
        Map<String, Object> next = focused("#visual-timeline .vis-item");
        assertThat(next).as("the focus after the arrow key").isNotNull();
        assertThat(next.get("id")).isNotEqualTo(first.get("id"));
        press(Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector("#selected-event a")).isEmpty() ? null : true);
        assertThat(browser.driver().findElement(By.cssSelector("#selected-event a")).getDomAttribute("href"))
                .startsWith("timelines/russia-ukraine-war/events/");
    }

    @Test
    void the_keyboard_reaches_and_selects_a_marker_of_the_map() {
        openTimeline();
        Map<String, Object> marker = tabTo("#event-map path.leaflet-interactive");
        assertThat((String) marker.get("label")).isNotBlank();
        press(Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector("#selected-event a")).isEmpty() ? null : true);
    }

    /**
     * Presses Tab from the header's first link until the focus is on an element matching {@code css}; returns its
     * aria-label and data-id. The check runs in the page in one step: the timeline may redraw an item between two
     * WebDriver calls (its roving focus then moves the focus to the redrawn item), so an element reference can go stale.
     */
    private Map<String, Object> tabTo(String css) {
        WebDriver driver = browser.driver();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.querySelector('header a').focus()");
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            Map<String, Object> found = focused(css);
            if (found != null) {
                return found;
            }
            visited.add(String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "const e = document.activeElement; return e.tagName + '#' + e.id + '.' + e.className")));
        }
        throw new AssertionError("Tab never reached " + css + "; it went through " + visited);
    }

    private void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The focused element's aria-label and data-id when it matches {@code css}, otherwise null. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> focused(String css) {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.activeElement; return e && e.matches(arguments[0])"
                        + " ? {label: e.getAttribute('aria-label'), id: e.dataset.id || e.getAttribute('aria-label')} : null", css);
    }
}
