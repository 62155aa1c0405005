package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.IntegrationTest;
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

/** Issue 15: a Ukrainian desk switches its screens once, and they stay Ukrainian at every later sign-in. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskLanguageIT {

    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void openBrowser(@Autowired TimelineService timelines, @Autowired AccountService accounts) throws Exception {
        // an account of its own: the language is kept with the account, and other tests read English screens
        Teams.on(timelines, accounts, "desk-language", "mova:EDITOR");
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

        browser.click(By.id("desk-language"));
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Події"));
        assertThat(browser.textOf(By.id("desk-language"))).isEqualTo("English");

        // a new session (another device, the next day): the account's choice, not the browser's English
        browser.signOut();
        browser.signIn("mova", Teams.PASSWORD);
        browser.open("/editor/events");
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Події"));

        browser.click(By.id("desk-language"));
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Events"));
    }
}
