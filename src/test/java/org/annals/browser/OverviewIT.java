package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.publication.PublishedEventQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: a reader at the whole-war view sees every event of the first timeline on the visual timeline, drawn or
 * counted in a "+N" mark that opens on a click — on a desktop, with lanes, and on a phone — and zooms with buttons and
 * keys from the whole timeline down to a day.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewIT {

    private static final String WAR = "russia-ukraine-war";
    /**
     * The events drawn inside the timeline's visible box, and those counted by the visible "+N" marks, by slug. An
     * element counts when its box meets the timeline's centre panel and the window, after the timeline is scrolled
     * into view (it must fit the screen's height).
     */
    private static final String ON_SCREEN = """
            const timeline = document.getElementById('visual-timeline');
            timeline.scrollIntoView({block: 'start'});
            const panel = timeline.querySelector('.vis-panel.vis-center').getBoundingClientRect();
            const seen = (r) => r.width > 0 && r.height > 0 && r.right > Math.max(panel.left, 0)
                && r.left < Math.min(panel.right, innerWidth) && r.bottom > Math.max(panel.top, 0)
                && r.top < Math.min(panel.bottom, innerHeight);
            const drawn = [...timeline.querySelectorAll('.vis-item[data-slug]')]
                .filter((e) => seen(e.getBoundingClientRect())).map((e) => e.dataset.slug);
            const counted = [...timeline.querySelectorAll('.vis-item.annals-count')]
                .filter((e) => seen(e.getBoundingClientRect()))
                .flatMap((e) => (e.dataset.members || '').split(',')).map((id) => id.split('|')[0]);
            return {drawn, counted, fits: timeline.getBoundingClientRect().height <= innerHeight,
                lanes: [...timeline.querySelectorAll('.vis-label.annals-lane-start')]
                    .filter((e) => seen({...e.getBoundingClientRect().toJSON(), left: panel.left, right: panel.right}))
                    .map((e) => e.textContent.trim())};""";

    @LocalServerPort
    int port;
    @Autowired
    PublishedEventQuery published;
    Browser browser;
    Set<String> all;

    @BeforeAll
    void setUp() throws Exception {
        all = published.page(WAR, EventFilter.ALL, null, 500).events().stream().map(EventDetails::slug)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(all).hasSize(65);
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void at_the_whole_war_every_event_is_drawn_or_counted_on_screen_and_a_count_opens() {
        browser.viewport(1440, 900);
        openWholeWar("");
        Seen seen = seen();
        assertThat(seen.fits).as("the timeline fits the screen's height").isTrue();
        assertThat(seen.all()).containsExactlyInAnyOrderElementsOf(all);
        assertThat(seen.drawn).as("most of the war is drawn, not counted").hasSizeGreaterThan(20);

        // a count opens on its events: the window narrows to them and they are drawn there (or counted again)
        WebElement count = browser.await(By.cssSelector("#visual-timeline .vis-item.annals-count"));
        List<String> members = List.of(count.getDomAttribute("data-members").split(","));
        String before = browser.driver().getCurrentUrl();
        browser.click(count);
        browser.until(d -> !d.getCurrentUrl().equals(before) && settled(d));
        Seen opened = seen();
        assertThat(opened.drawn).containsAnyElementsOf(members);
        assertThat(opened.all()).containsAll(members);
    }

    @Test
    void with_lanes_by_type_every_lane_and_every_event_is_on_screen() {
        browser.viewport(1440, 900);
        openWholeWar("lanes=type");
        Seen seen = seen();
        assertThat(seen.lanes).as("every lane's name in view").hasSizeGreaterThanOrEqualTo(5);
        assertThat(seen.all()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void on_a_phone_every_event_is_drawn_or_counted_too() {
        browser.viewport(390, 844);
        try {
            openWholeWar("");
            Seen seen = seen();
            assertThat(seen.fits).isTrue();
            assertThat(seen.all()).containsExactlyInAnyOrderElementsOf(all);
        } finally {
            browser.viewport(1440, 900);
        }
    }

    @Test
    void on_a_phone_a_swipe_over_the_timeline_or_the_map_scrolls_the_page() {
        browser.viewport(390, 844);
        var chrome = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            openWholeWar("");
            for (String id : List.of("visual-timeline", "event-map")) {
                @SuppressWarnings("unchecked")
                var centre = (java.util.Map<String, Object>) chrome.executeScript("""
                        const e = document.getElementById(arguments[0]);
                        window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 200);
                        const r = e.getBoundingClientRect();
                        return {x: Math.round(r.left + r.width / 2), y: Math.round(r.top + 60), scrolled: scrollY};""", id);
                long before = ((Number) centre.get("scrolled")).longValue();
                // one finger, from inside the element, 300 px up: real touch events, as a phone sends them
                int x = ((Number) centre.get("x")).intValue();
                int y = ((Number) centre.get("y")).intValue();
                chrome.executeCdpCommand("Input.dispatchTouchEvent", java.util.Map.of("type", "touchStart",
                        "touchPoints", List.of(java.util.Map.of("x", x, "y", y))));
                for (int step = 1; step <= 15; step++) {
                    chrome.executeCdpCommand("Input.dispatchTouchEvent", java.util.Map.of("type", "touchMove",
                            "touchPoints", List.of(java.util.Map.of("x", x, "y", y - step * 20))));
                }
                chrome.executeCdpCommand("Input.dispatchTouchEvent", java.util.Map.of("type", "touchEnd", "touchPoints", List.of()));
                browser.until(d -> ((Number) chrome.executeScript("return scrollY")).longValue() > before + 100);
            }
        } finally {
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", false));
            browser.viewport(1440, 900);
        }
    }

    @Test
    void zoom_buttons_and_keys_go_down_to_a_day_and_a_link_outside_the_timeline_shows_all_of_it() {
        browser.viewport(1440, 900);
        openWholeWar("");
        long wide = windowDays();
        browser.click(By.cssSelector("#visual-timeline .annals-zoom-in"));
        browser.until(d -> windowDays() < wide && settled(d));
        long narrower = windowDays();
        assertThat(narrower).isLessThanOrEqualTo(wide / 2 + 1);
        // the − key zooms out again while the timeline has the focus
        browser.driver().findElement(By.cssSelector("#visual-timeline .annals-zoom-out")).sendKeys("-");
        browser.until(d -> windowDays() > narrower && settled(d));

        // a link to one day shows that day
        browser.open("/timelines/" + WAR + "?from=2023-06-23&to=2023-06-23");
        browser.until(d -> d.getCurrentUrl().contains("from=2023-06-23&to=2023-06-24") && settled(d));
        assertThat(seen().drawn).contains(all.stream().filter(s -> s.startsWith("2023-06-23")).findFirst().orElseThrow());

        // a link for two centuries cannot be drawn: the whole timeline instead, said so
        browser.open("/timelines/" + WAR + "?from=1900-01-01&to=2100-12-31");
        assertThat(browser.await(By.id("view-notice")).getText()).contains("1900-01-01").contains("whole timeline");
        browser.until(d -> d.getCurrentUrl().contains("from=2022-01-25") && settled(d));
        assertThat(seen().all()).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void a_linked_map_area_is_kept_exactly_and_the_map_explains_itself() {
        browser.viewport(1440, 900);
        String area = "44.000,22.000,53.000,41.000";
        long inArea = published.page(WAR, EventFilter.ALL, null, 500).events().stream()
                .map(e -> e.content().place().point())
                .filter(p -> p != null && p.latitude() >= 44 && p.latitude() <= 53 && p.longitude() >= 22 && p.longitude() <= 41)
                .count();
        browser.open("/timelines/" + WAR + "?area=" + area);
        browser.until(this::settled);
        browser.until(d -> browser.textOf(By.id("view-summary")).startsWith(inArea + " published events"));
        assertThat(java.net.URLDecoder.decode(browser.driver().getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("area=" + area);
        assertThat(browser.textOf(By.id("map-legend"))).contains("military", "diplomatic", "approximate place", "a region");

        // an event without a place, selected on the timeline, says why the map does not show it
        EventDetails unplaced = published.page(WAR, EventFilter.ALL, null, 500).events().stream()
                .filter(e -> e.content().place().point() == null).findFirst().orElseThrow();
        browser.open("/timelines/" + WAR + "?event=" + unplaced.slug());
        assertThat(browser.await(By.id("selected-not-on-map")).getText()).contains("not on the map");
    }

    @Test
    void the_map_names_countries_in_the_readers_language_under_its_events_and_a_lang_link_keeps_that_language() {
        browser.viewport(1440, 900);
        browser.open("/timelines/" + WAR + "?area=44.000,22.000,53.000,41.000");
        browser.until(this::settled);
        browser.until(d -> mapNames().containsAll(List.of("Ukraine", "Poland", "Romania")));
        // names lie under the circles and take no clicks: the circle nearest the name "Ukraine" (of those no other
        // circle covers) is clicked through it
        WebElement nearest = (WebElement) ((JavascriptExecutor) browser.driver()).executeScript("""
                document.getElementById('event-map').scrollIntoView({ block: 'center' });
                const name = [...document.querySelectorAll('#event-map .annals-country-name span')]
                    .find((n) => n.textContent === 'Ukraine').getBoundingClientRect();
                const centre = (r) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
                const [x, y] = centre(name);
                return [...document.querySelectorAll('#event-map path[data-slug]')]
                  .filter((m) => document.elementFromPoint(...centre(m.getBoundingClientRect())) === m).sort((a, b) => {
                  const [ax, ay] = centre(a.getBoundingClientRect()); const [bx, by] = centre(b.getBoundingClientRect());
                  return Math.hypot(ax - x, ay - y) - Math.hypot(bx - x, by - y); })[0];""");
        browser.click(nearest);
        browser.until(d -> d.getCurrentUrl().contains("event="));

        // a shared link in Ukrainian stays in Ukrainian once the page comes alive: the map's names, the timeline's axis
        browser.open("/timelines/" + WAR + "?lang=uk&area=44.000,22.000,53.000,41.000");
        browser.until(this::settled);
        browser.until(d -> mapNames().containsAll(List.of("Україна", "Польща", "Румунія")));
        assertThat(browser.textOf(By.id("view-summary"))).doesNotContain("published events");
        browser.open("/timelines/" + WAR + "?lang=en");
        browser.until(d -> browser.textOf(By.id("view-summary")).contains("published events"));
    }

    private List<String> mapNames() {
        return browser.driver().findElements(By.cssSelector("#event-map .annals-country-name")).stream()
                .map(name -> name.getDomProperty("textContent")).toList();
    }

    @Test
    void a_typo_in_the_search_is_answered_with_the_nearest_words() {
        browser.viewport(1440, 900);
        browser.open("/timelines/" + WAR);
        browser.until(this::settled);
        browser.type("search", "Bucah");
        WebElement suggestion = browser.await(By.id("did-you-mean-apply"));
        assertThat(suggestion.getText()).isEqualTo("bucha");
        assertThat(browser.textOf(By.id("view-summary"))).startsWith("No published events match “Bucah”");
        browser.click(suggestion);
        browser.until(d -> browser.textOf(By.id("view-summary")).contains("“bucha”")
                && !d.findElements(By.cssSelector("#events li")).isEmpty());
    }

    private void openWholeWar(String query) {
        browser.open("/timelines/" + WAR + (query.isEmpty() ? "" : "?" + query));
        browser.await(By.cssSelector("#visual-timeline .vis-item[data-slug]"));
        browser.until(this::settled);
    }

    private boolean settled(org.openqa.selenium.WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const t = document.getElementById('visual-timeline');"
                        + " return !!t && !t.hasAttribute('aria-busy') && t.querySelectorAll('.vis-item').length > 0"));
    }

    private long windowDays() {
        String url = browser.driver().getCurrentUrl();
        LocalDate from = LocalDate.parse(url.replaceAll(".*[?&]from=([0-9-]{10}).*", "$1"));
        LocalDate to = LocalDate.parse(url.replaceAll(".*[?&]to=([0-9-]{10}).*", "$1"));
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    @SuppressWarnings("unchecked")
    private Seen seen() {
        var found = (java.util.Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(ON_SCREEN);
        return new Seen((List<String>) found.get("drawn"), (List<String>) found.get("counted"),
                Boolean.TRUE.equals(found.get("fits")), (List<String>) found.get("lanes"));
    }

    record Seen(List<String> drawn, List<String> counted, boolean fits, List<String> lanes) {
        Set<String> all() {
            Set<String> both = new TreeSet<>(drawn);
            both.addAll(counted);
            return both;
        }
    }
}
