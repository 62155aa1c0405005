package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.shared.UncertainDate;
import org.annals.Teams;
import org.annals.security.AccountService;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15: a Ukrainian desk switches its screens once, and they stay Ukrainian at every later sign-in. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskLanguageIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventEditingService editing;
    Browser browser;

    @BeforeAll
    void openBrowser(@Autowired TimelineService timelines, @Autowired AccountService accounts) throws Exception {
        // an account of its own: the language is kept with the account, and other tests read English screens
        Teams.on(timelines, accounts, "desk-language", "mova:EDITOR");
        // one event of the desk's own, so its editor and notes pages have something to show
        if (jdbc.sql("select count(*) from timeline_event e join timeline t on t.id = e.timeline_id where t.slug = 'desk-language'")
                .query(Long.class).single() == 0) {
            SignedIn.as("mova", "EDITOR", () -> editing.createDraft("desk-language", new EventContent("Вибух на дамбі",
                    null, UncertainDate.parse("2023-06-06"), null, Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of(),
                    Confidence.VERIFIED)));
        }
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void the_language_chosen_in_the_header_is_kept_with_the_account() {
        browser.signIn("mova", Teams.PASSWORD);
        browser.open("/editor/events");
        assertThat(browser.textOf(By.tagName("vaadin-side-nav"))).contains("Events");

        switchLanguage();
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Події"));
        assertThat(browser.textOf(By.id("desk-language"))).isEqualTo("English");

        // a new session (another device, the next day): the account's choice, not the browser's English
        browser.signOut();
        browser.signIn("mova", Teams.PASSWORD);
        browser.open("/editor/events");
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Події"));

        // every signed-in screen: no label, button, heading or menu item left in English (data aside)
        long eventId = jdbc.sql("""
                select e.id from timeline_event e join timeline t on t.id = e.timeline_id
                where t.slug = 'desk-language' order by e.id limit 1""").query(Long.class).single();
        for (String path : List.of("/editor", "/editor/events?timeline=desk-language", "/editor/events/" + eventId,
                "/editor/events/new?timeline=desk-language", "/editor/inbox", "/editor/notes/" + eventId, "/editor/sources")) {
            browser.open(path);
            browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Події"));
            browser.await(By.cssSelector("h2, h1, vaadin-grid"));
            assertThat(untranslated()).as(path).isEmpty();
        }

        // a refusal the date parser writes in English reads in Ukrainian at the field
        browser.open("/editor/events/new?timeline=desk-language");
        browser.type("start", "2023-13-45");
        browser.until(d -> "true".equals(d.findElement(By.id("start")).getDomProperty("invalid")));
        assertThat(browser.driver().findElement(By.id("start")).getDomProperty("errorMessage"))
                .isEqualTo("«2023-13-45» — недійсна дата: місяця 13 не існує");

        switchLanguage();
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Events"));
    }

    /** The switch sits at the header's right, where the development-mode notice can cover it: pressed as a script. */
    private void switchLanguage() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
                browser.await(By.id("desk-language")));
    }

    /**
     * The interface's own words on the page that hold no Cyrillic letter: labels, helper texts, placeholders, buttons,
     * headings, menu items, check boxes, sortable headers, summaries. Names that read the same in both languages
     * (EDTF, URL, Markdown, Annals, the switch back to English) are let through.
     */
    @SuppressWarnings("unchecked")
    private List<String> untranslated() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const same = /^(Annals|English|EDTF|URL|Markdown|OK|[\\d\\s.:,·–—()+×…/-]*)$/;
                const texts = [];
                document.querySelectorAll('label, [slot=helper], vaadin-button, h1, h2, h3, h4, vaadin-side-nav-item,'
                        + ' vaadin-grid-sorter, vaadin-details-summary, vaadin-tab, [placeholder]').forEach(el => {
                    if (el.closest('#signed-in-user') || el.offsetParent === null) return;
                    const text = (el.matches('[placeholder]') && !el.textContent.trim() ? el.getAttribute('placeholder')
                            : el.textContent).trim();
                    if (text && !/[А-ЯҐЄІЇа-яґєії]/.test(text) && !same.test(text)) texts.push(el.tagName.toLowerCase() + ': ' + text);
                });
                return [...new Set(texts)].slice(0, 20);""");
    }
}
