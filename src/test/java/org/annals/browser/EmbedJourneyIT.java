package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.annals.Desk;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A news site embeds a timeline view (an iframe on another origin), once live and once pinned to the published state
 * of a moment; a correction approved afterwards changes the live embed only. Also the "Embed" dialog, and pinned
 * revision permalinks as a reader sees them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedJourneyIT {

    private static final String DESK = "embed-journey";

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

    private Browser browser;
    private HttpServer newsSite;
    private Desk desk;
    private EventDetails event;
    private String pinnedAt;

    @BeforeAll
    void start() throws Exception {
        desk = new Desk(DESK, timelines, accounts, editing, workflow);
        event = desk.publish(Desk.content("2022-07-22", "Grain deal signed in Istanbul", "Signed by both sides"));
        desk.publish(Desk.content("2022-08-01", "First grain ship leaves Odesa", "The Razoni sails"));
        // the moment an author pins the embed: after both publications, before the correction the test approves
        pinnedAt = Instant.now().toString();
        newsSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsSite.createContext("/article.html", exchange -> {
            String embed = "http://localhost:" + port + "/embed/" + DESK;
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>An article</title></head><body><h1>Article</h1>"
                    + "<iframe id=\"live\" title=\"Live\" width=\"400\" height=\"400\" src=\"" + embed + "\"></iframe>"
                    + "<iframe id=\"pinned\" title=\"Pinned\" width=\"400\" height=\"400\" src=\"" + embed + "?asOf=" + pinnedAt
                    + "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        newsSite.start();
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
        newsSite.stop(0);
    }

    private List<String> framedEvents(String frameId, int expected) {
        browser.driver().switchTo().defaultContent();
        browser.driver().switchTo().frame(browser.await(By.id(frameId)));
        List<WebElement> items = browser.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#events li"));
            return found.size() == expected ? found : null;
        });
        List<String> texts = items.stream().map(WebElement::getText).toList();
        browser.driver().switchTo().defaultContent();
        return texts;
    }

    @Test
    void a_pinned_embed_on_another_site_keeps_the_text_it_was_pinned_to() {
        String article = "http://127.0.0.1:" + newsSite.getAddress().getPort() + "/article.html";
        browser.driver().get(article);
        assertThat(framedEvents("live", 2).getFirst()).contains("22 Jul 2022", "Grain deal signed in Istanbul", "diplomatic");
        assertThat(framedEvents("pinned", 2).getFirst()).contains("Grain deal signed in Istanbul");

        event = desk.correct(event, Desk.content("2022-07-22", "Grain deal signed in Istanbul by Ukraine and Russia",
                "Signed separately with Türkiye and the UN"), "Two separate agreements");
        desk.publish(Desk.content("2022-09-05", "Third ship sails", "Published after the pin"));
        browser.driver().get(article);

        List<String> live = framedEvents("live", 3);
        assertThat(live.getFirst()).contains("by Ukraine and Russia");
        List<String> pinned = framedEvents("pinned", 2);
        assertThat(pinned.getFirst()).contains("Grain deal signed in Istanbul").doesNotContain("by Ukraine and Russia");
        assertThat(String.join("\n", pinned)).doesNotContain("Third ship sails");
        browser.driver().switchTo().frame(browser.await(By.id("pinned")));
        assertThat(browser.textOf(By.id("as-of"))).startsWith("As published on");
        assertThat(browser.driver().findElement(By.cssSelector("#events li a")).getDomAttribute("href")).endsWith("?revision=1");
        assertThat(browser.driver().findElement(By.id("full-timeline")).getDomAttribute("href")).isEqualTo("/timelines/" + DESK);
        browser.driver().switchTo().defaultContent();
    }

    @Test
    void the_embed_dialog_gives_a_snippet_for_the_current_view_optionally_pinned() {
        browser.open("/timelines/" + DESK + "?type=diplomatic&q=grain");
        browser.click(By.id("embed"));
        String snippet = browser.until(d -> {
            String value = browser.valueOf("embed-snippet");
            return value != null && value.contains("<iframe") ? value : null;
        });
        assertThat(snippet).contains("src=\"http://localhost:" + port + "/embed/" + DESK + "?")
                .contains("type=diplomatic").contains("q=grain").doesNotContain("asOf");

        browser.click(By.cssSelector("#embed-pin label"));
        String pinned = browser.until(d -> {
            String value = browser.valueOf("embed-snippet");
            return value.contains("asOf=") ? value : null;
        });
        String src = pinned.substring(pinned.indexOf("src=\"") + 5, pinned.indexOf('"', pinned.indexOf("src=\"") + 5))
                .replace("&amp;", "&");
        browser.driver().get(src);
        browser.until(d -> d.findElements(By.cssSelector("#events li")).size() >= 1 ? true : null);
        assertThat(browser.textOf(By.id("events"))).contains("Grain deal signed in Istanbul");
        assertThat(browser.textOf(By.id("as-of"))).contains("UTC");
    }

    @Test
    void a_reader_follows_a_pinned_permalink_and_finds_the_current_version() {
        // its own desk: the embed tests count the events of theirs
        Desk permalinks = new Desk(DESK + "-permalinks", timelines, accounts, editing, workflow);
        EventDetails talks = permalinks.publish(Desk.content("2022-03-29", "Istanbul talks", "First account"));
        talks = permalinks.correct(talks, Desk.content("2022-03-29", "Istanbul talks end without agreement", "Second account"),
                "Outcome added");
        String permalink = "/timelines/" + DESK + "-permalinks/events/" + talks.slug();

        browser.open(permalink + "?revision=1");
        assertThat(browser.textOf(By.id("revision-notice"))).contains("As of revision 1, published");
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("Istanbul talks");
        browser.click(By.id("current-version"));
        browser.until(d -> d.findElements(By.id("cite-link")).isEmpty() ? null : true);
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("Istanbul talks end without agreement");
        assertThat(browser.textOf(By.id("cite-link"))).endsWith(permalink + "?revision=2");
        assertThat(browser.textOf(By.id("earlier-revisions"))).contains("revision 1");

        browser.open(permalink + "?revision=7");
        assertThat(browser.textOf(By.id("revision-notice"))).contains("has no published revision 7");
        browser.open(permalink + "?revision=seven");
        assertThat(browser.textOf(By.id("revision-notice"))).contains("is not a revision number");

        browser.open("/timelines/" + DESK + "-permalinks/corrections");
        WebElement revision = browser.until(d -> d.findElements(By.cssSelector(".annals-correction-revision")).stream()
                .filter(a -> a.getText().equals("revision 2")).findFirst().orElse(null));
        assertThat(revision.getDomAttribute("href")).contains(talks.slug()).endsWith("?revision=2");
    }
}
