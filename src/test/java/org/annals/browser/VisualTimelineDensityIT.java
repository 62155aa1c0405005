package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.annals.IntegrationTest;
import org.annals.event.EventFilter;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.PublishedEventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A public timeline with more published events in its window than the browser is ever sent (1,200 in 60 days): the
 * whole range is drawn as density bars, and a narrow window, reached by zooming or by its link, as the events.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualTimelineDensityIT {

    private static final String SLUG = "density-check";
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 1);
    private static final int DAYS = 60;
    private static final int PER_DAY = 20;
    /** The number of items the server sent to the visual timeline (events or density bars). */
    private static final String RECEIVED = "const t = document.getElementById('visual-timeline');"
            + " return t._dense ? t._items.length : t._events.length";
    private static final String[] TYPES = {"MILITARY", "DIPLOMATIC", "STATEMENT", "SANCTIONS", "AID", "HUMANITARIAN"};

    @LocalServerPort
    int port;
    @Autowired
    TimelineImportService importer;
    @Autowired
    PublishedEventQuery published;
    Browser browser;

    @BeforeAll
    void setUp() throws Exception {
        GeneratedTimeline file = new GeneratedTimeline(SLUG, "Density check", "More events than the browser is sent.");
        for (int day = 0; day < DAYS; day++) {
            for (int n = 0; n < PER_DAY; n++) {
                String ref = day + "-" + n;
                file.event(ref, "Generated event " + ref, FIRST_DAY.plusDays(day).toString(), TYPES[(day + n) % TYPES.length]);
            }
        }
        file.importWith(importer);
        assertThat(published.count(SLUG, EventFilter.ALL)).isEqualTo(DAYS * PER_DAY);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_whole_range_is_density_and_a_narrow_window_shows_the_events() {
        browser.open("/timelines/" + SLUG);
        browser.until(d -> "1200".equals(js(d, "return document.getElementById('visual-timeline')?.getAttribute('data-density-total')")) ? true : null);
        browser.until(d -> d.findElements(By.cssSelector("#visual-timeline .vis-item.vis-background")).size() >= DAYS / 2 ? true : null);
        assertThat(js(browser.driver(), "return document.querySelectorAll('#visual-timeline .vis-item').length")).isEqualTo(
                js(browser.driver(), "return document.querySelectorAll('#visual-timeline .vis-item.vis-background').length"));
        assertThat(browser.textOf(By.id("view-summary"))).contains("1,200");
        assertThat((Long) js(browser.driver(), RECEIVED)).isLessThanOrEqualTo(DAYS + 1L);
        Axe.assertNoSeriousViolations(browser, "timeline drawn as density");

        // zoom in with the mouse wheel over the timeline, as a reader would, until the server sends events
        WebElement timeline = browser.driver().findElement(By.cssSelector("#visual-timeline .vis-center"));
        browser.until(d -> {
            new Actions(d).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(timeline), 0, -400).perform();
            return d.findElements(By.cssSelector("#visual-timeline .vis-item.vis-range, #visual-timeline .vis-item.vis-point"))
                    .size() >= PER_DAY ? true : null;
        });
        awaitEventsNotDensity();
        browser.until(d -> windowDays(d.getCurrentUrl()) >= 0 && windowDays(d.getCurrentUrl()) < 60 ? true : null);

        // the link of that narrow window opens on the events straight away
        browser.open("/timelines/" + SLUG + "?from=2024-03-20&to=2024-03-22");
        awaitEventsNotDensity();
        // the items are drawn a moment after the server's answer: wait for them rather than read the first frame
        browser.until(d -> d.findElement(By.id("visual-timeline")).getDomProperty("textContent").contains("Generated event 19-") ? true : null);
    }

    /** How many days the window in a timeline link spans, or -1 while the link has none. */
    private static long windowDays(String url) {
        var m = java.util.regex.Pattern.compile("from=(\\d{4}-\\d{2}-\\d{2})&to=(\\d{4}-\\d{2}-\\d{2})").matcher(url);
        return m.find() ? ChronoUnit.DAYS.between(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))) : -1;
    }

    private static Object js(org.openqa.selenium.WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void awaitEventsNotDensity() {
        browser.until(d -> d.findElements(By.cssSelector("#visual-timeline .vis-item.vis-range, #visual-timeline .vis-item.vis-point"))
                .size() >= PER_DAY ? true : null);
        assertThat(browser.driver().findElements(By.cssSelector("#visual-timeline .vis-item.vis-background"))).isEmpty();
        assertThat(js(browser.driver(), "return document.getElementById('visual-timeline')?.getAttribute('data-density-total')")).isNull();
        // what the browser received for the window, drawn or not
        assertThat((Long) js(browser.driver(), RECEIVED)).isBetween((long) PER_DAY, 1000L);
    }
}
