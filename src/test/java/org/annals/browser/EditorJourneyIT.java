package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor signs in, is told at the field that 30 February does not exist, fixes it and saves a draft. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
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
    void editor_creates_a_draft_after_correcting_an_impossible_date() {
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events?timeline=russia-ukraine-war");
        browser.await(By.id("events-grid"));
        browser.await(By.id("new-event")).click();
        browser.until(d -> d.getCurrentUrl().contains("/editor/events/new"));

        browser.type("headline", "Browser-made draft about a statement");
        browser.type("start", "2022-02-30");
        browser.until(d -> "true".equals(d.findElement(By.id("start")).getDomProperty("invalid")));
        assertThat(browser.driver().findElement(By.id("start")).getDomProperty("errorMessage")).contains("no day 30 in February 2022");

        browser.type("start", "2022-04-02~");
        browser.until(d -> d.findElement(By.id("start-preview")).getText().equals("Readers will see: c. 2 Apr 2022"));
        browser.type("date-note", "Dated to the first reports; the day itself is not known.");
        browser.click(By.xpath("//vaadin-checkbox[.//label[text()='statement']]"));
        // issue 18: fatalities are fields with their own rule (low ≤ best ≤ high), folded away for events that have none
        browser.click(By.cssSelector("#data-set-fields vaadin-details-summary"));
        browser.type("fatalities-low", "20");
        browser.type("fatalities-best", "12");
        browser.type("admin1", "Kyivska");
        browser.type("source-url", "https://www.calitoday.net/2025/10/russia-declares-post-summit-peace.html" + Keys.TAB);
        browser.until(d -> browser.textOf(By.id("source-reuse")).contains("already cites"));
        browser.type("quote", "Hopes for a negotiated end to the war in Ukraine have all but collapsed");
        browser.click(By.id("add-citation"));
        browser.until(d -> browser.textOf(By.id("citations")).contains("CaliToday"));
        // the form is empty for the next citation
        browser.until(d -> browser.valueOf("source-url").isEmpty() && browser.valueOf("quote").isEmpty());
        browser.click(By.id("save"));
        browser.until(d -> "true".equals(d.findElement(By.id("fatalities-best")).getDomProperty("invalid")));
        assertThat(browser.driver().findElement(By.id("fatalities-best")).getDomProperty("errorMessage"))
                .contains("low ≤ best ≤ high");
        browser.type("fatalities-low", "8");
        browser.click(By.id("save"));

        browser.until(d -> d.getCurrentUrl().matches(".*/editor/events/\\d+$"));
        String status = jdbc.sql("select status from timeline_event where headline = 'Browser-made draft about a statement'")
                .query(String.class).single();
        assertThat(status).isEqualTo("DRAFT");
        String edtf = jdbc.sql("select start_nominal::text || '~' from timeline_event where headline = 'Browser-made draft about a statement'")
                .query(String.class).single();
        assertThat(edtf).isEqualTo("2022-04-02~");
        assertThat(jdbc.sql("select date_note from timeline_event where headline = 'Browser-made draft about a statement'")
                .query(String.class).single()).isEqualTo("Dated to the first reports; the day itself is not known.");
        assertThat(jdbc.sql("select concat_ws('/', fatalities_low, fatalities_best, fatalities_high, admin1) from timeline_event "
                + "where headline = 'Browser-made draft about a statement'").query(String.class).single()).isEqualTo("8/12/Kyivska");
        String quote = jdbc.sql("""
                select c.quote from citation c join timeline_event e on e.id = c.event_id
                where e.headline = 'Browser-made draft about a statement'""").query(String.class).single();
        assertThat(quote).isEqualTo("Hopes for a negotiated end to the war in Ukraine have all but collapsed");

        // issue 15: a citation is edited in place (the quote was cut short), not removed and typed again
        browser.click(By.cssSelector("#citations vaadin-button.annals-edit-link"));
        browser.until(d -> browser.valueOf("quote").startsWith("Hopes for a negotiated end"));
        assertThat(browser.textOf(By.id("add-citation"))).isEqualTo("Update citation");
        browser.type("quote", "Hopes for a negotiated end to the war in Ukraine have all but collapsed, officials said");
        browser.click(By.id("add-citation"));
        browser.until(d -> browser.textOf(By.id("add-citation")).equals("Add citation") && browser.valueOf("quote").isEmpty());
        browser.type("change-message", "Quote completed");
        browser.click(By.id("save"));
        browser.until(d -> browser.valueOf("change-message").isEmpty());
        assertThat(jdbc.sql("""
                select c.quote from citation c join timeline_event e on e.id = c.event_id
                where e.headline = 'Browser-made draft about a statement'""").query(String.class).list())
                .containsExactly("Hopes for a negotiated end to the war in Ukraine have all but collapsed, officials said");
    }

    /** Issue 15: "2023-13-45 shows nothing; Save with no type ticked seems to do nothing". */
    @Test
    void what_is_wrong_shows_at_the_field_as_it_is_typed_and_again_where_the_editor_pressed_save() {
        browser.signOut();
        browser.signIn("editor", "annals-demo-2026");
        // a sign-in on its own lands on the editor's desk, not the public home page
        browser.until(d -> d.getCurrentUrl().endsWith("/editor"));
        browser.open("/editor/events/new?timeline=russia-ukraine-war");
        // markup in a plain-text field is refused at the field as it is typed, not only by the service on Save
        browser.type("headline", "Strike on a <b>thermal</b> power station");
        browser.until(d -> "true".equals(d.findElement(By.id("headline")).getDomProperty("invalid")));
        assertThat(browser.driver().findElement(By.id("headline")).getDomProperty("errorMessage")).startsWith("Plain text only");
        browser.type("headline", "Strike on a thermal power station");
        browser.until(d -> "false".equals(d.findElement(By.id("headline")).getDomProperty("invalid")));
        browser.type("start", "2023-13-45");
        browser.until(d -> "true".equals(d.findElement(By.id("start")).getDomProperty("invalid")));
        assertThat(browser.driver().findElement(By.id("start")).getDomProperty("errorMessage")).contains("2023-13-45");
        assertThat(browser.textOf(By.id("start-preview"))).isEmpty();

        // the place is found by name in the offline gazetteer, written in Ukrainian too (GeoNames' names are Latin):
        // the point and the name are filled in
        browser.driver().findElement(By.id("place-search")).sendKeys("Бахмут");
        org.openqa.selenium.WebElement bakhmut = browser.until(d -> d.findElements(By.cssSelector(
                "#place-results .annals-place-result")).stream().filter(b -> b.getText().startsWith("Bakhmut, UA")).findFirst().orElse(null));
        browser.click(bakhmut);
        browser.until(d -> browser.valueOf("latitude").equals("48.5942"));
        assertThat(browser.valueOf("longitude")).isEqualTo("37.9989");
        assertThat(browser.valueOf("place-name")).isEqualTo("Bakhmut");

        browser.type("start", "2023-10-20");
        browser.until(d -> "false".equals(d.findElement(By.id("start")).getDomProperty("invalid")));
        browser.click(By.id("save"));

        // no type ticked: the message comes where the editor looks (by the button) and the page goes to the field
        browser.until(d -> d.findElements(By.cssSelector("vaadin-notification-card[theme~=error]")).stream()
                .anyMatch(n -> n.getText().contains("Not saved. Types: Choose at least one type")));
        assertThat(browser.driver().findElement(By.id("types")).getDomProperty("invalid")).isEqualTo("true");
        Boolean inView = (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const r = document.getElementById('types').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;");
        assertThat(inView).isTrue();
        assertThat(browser.driver().getCurrentUrl()).contains("/editor/events/new");
        assertThat(jdbc.sql("select count(*) from timeline_event where headline = 'Strike on a thermal power station'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void the_grids_date_filter_takes_an_iso_date() {
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events?timeline=russia-ukraine-war");
        browser.await(By.id("events-grid"));
        browser.type("filter-from", "2025-08-01" + Keys.ENTER);

        browser.until(d -> "2025-08-01".equals(d.findElement(By.id("filter-from")).getDomProperty("value")));
        assertThat(browser.driver().findElement(By.id("filter-from")).getDomProperty("invalid")).isEqualTo("false");
        browser.until(d -> browser.textOf(By.id("events-grid")).contains("Anchorage")
                && !browser.textOf(By.id("events-grid")).contains("full-scale invasion"));
    }

    @Test
    void a_server_side_rule_lands_at_its_field() {
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events/new?timeline=russia-ukraine-war");
        browser.type("headline", "<script>alert('x')</script>");
        browser.type("start", "2023-06");
        browser.click(By.xpath("//vaadin-checkbox[.//label[text()='military']]"));
        browser.click(By.id("save"));

        browser.until(d -> "true".equals(d.findElement(By.id("headline")).getDomProperty("invalid")));
        assertThat(browser.driver().findElement(By.id("headline")).getDomProperty("errorMessage")).containsIgnoringCase("plain text");
        assertThat(jdbc.sql("select count(*) from timeline_event where headline like '%<script>%'").query(Integer.class).single()).isZero();
    }

    @Test
    void text_typed_when_the_session_ended_is_offered_back_after_signing_in_again() {
        String headline = "Typed before the session ended " + System.nanoTime();
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events/new?timeline=russia-ukraine-war");
        browser.type("headline", headline);
        browser.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return localStorage.getItem('annals-autosave:editor:new:russia-ukraine-war')")).contains(headline));

        browser.signOut();
        // the next click meets the ended session: it says so, and that nothing typed is lost
        browser.click(By.id("save"));
        browser.until(d -> d.findElement(By.tagName("body")).getText().contains("Your session has ended"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("What you typed is kept in this browser")
                .doesNotContain("Cookies");
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events/new?timeline=russia-ukraine-war");
        browser.click(By.id("autosave-restore"));

        browser.until(d -> browser.valueOf("headline").equals(headline));
        browser.type("start", "2024-02");
        browser.click(By.xpath("//vaadin-checkbox[.//label[text()='aid']]"));
        browser.click(By.id("save"));
        browser.until(d -> d.getCurrentUrl().matches(".*/editor/events/\\d+$"));
        assertThat(jdbc.sql("select count(*) from timeline_event where headline = :h").param("h", headline)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void coordinates_are_picked_on_a_map_that_needs_no_internet() {
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events/new?timeline=russia-ukraine-war");
        var map = browser.await(By.cssSelector("#place-map .leaflet-container"));
        browser.until(d -> !d.findElements(By.cssSelector("#place-map .leaflet-annals-land-pane path")).isEmpty());

        browser.click(map);

        browser.until(d -> !browser.valueOf("latitude").isBlank());
        double latitude = Double.parseDouble(browser.valueOf("latitude"));
        double longitude = Double.parseDouble(browser.valueOf("longitude"));
        // the map opens on Ukraine; a click at its middle lands there
        assertThat(latitude).isBetween(40.0, 56.0);
        assertThat(longitude).isBetween(22.0, 40.0);
        assertThat(browser.driver().findElements(By.cssSelector("#place-map .leaflet-annals-land-pane path"))).hasSizeGreaterThan(100);
        // the countries are named, and the names did not take the click
        assertThat(browser.driver().findElements(By.cssSelector("#place-map .annals-country-name")))
                .extracting(name -> name.getDomProperty("textContent")).contains("Ukraine");
    }
}
