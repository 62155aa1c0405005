package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.annals.IntegrationTest;
import org.annals.source.LinkHealth;
import org.annals.source.internal.capture.CaptureStore;
import org.annals.source.internal.capture.LinkHealthStore;
import org.annals.source.internal.capture.LinkVerdict;
import org.annals.source.internal.capture.PageArchive;
import org.annals.source.internal.capture.PageFetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Readers open what was cited (issue 17): an event's source shows its archived copy (when captured, its hash) and
 * whether each quote is in it; the copy is served sandboxed, no script of it runs, no cookie is set, and only pages a
 * published event cites are served. The pages come from an origin server on this machine, stored as the captures of
 * URLs the seeded events cite.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivedCopyIT {

    private static final String ARTICLE_URL = "https://www.calitoday.net/2025/10/russia-declares-post-summit-peace.html";
    private static final String INVASION_SOURCE = "https://filipinotimes.net/latest-news/2022/02/24/full-scale-russian-invasion-in-ukraine-begins/";
    private static final String RYABKOV = "/timelines/russia-ukraine-war/events/2025-10-08-ryabkov-anchorage-momentum-largely-exhausted";

    @LocalServerPort
    int port;
    @Autowired
    CaptureStore store;
    @Autowired
    LinkHealthStore linkHealth;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.annals.timeline.TimelineService timelines;
    @Autowired
    org.annals.security.AccountService accounts;

    HttpServer origin;
    String base;
    byte[] article;
    long articleCapture;
    long scriptCapture;
    long uncitedCapture;

    @BeforeAll
    void captureFromALocalOrigin() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/reference/seed-article-calitoday-2025-10-08.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            article = ("<!doctype html><html><head><title>Russia declares post-summit peace momentum exhausted</title></head><body><p>"
                    + text.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        byte[] script = """
                <!doctype html><html><head><title>Hostile</title></head><body><p id="text">Original text</p>
                <script>document.getElementById('text').textContent = 'SCRIPT RAN'; document.cookie = 'stolen=1';</script>
                </body></html>""".getBytes(StandardCharsets.UTF_8);
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/article", e -> {
            e.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            e.sendResponseHeaders(200, article.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(article);
            }
        });
        origin.createContext("/script", e -> {
            e.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            e.sendResponseHeaders(200, script.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(script);
            }
        });
        origin.start();
        base = "http://127.0.0.1:" + origin.getAddress().getPort();
        PageFetcher fetcher = new PageFetcher(true, 1 << 20, Duration.ofSeconds(10));
        PageArchive archive = new PageArchive(5 << 20);
        Instant at = Instant.parse("2026-12-06T09:14:00Z");
        PageFetcher.Fetched page = fetcher.fetch(URI.create(base + "/article"));
        articleCapture = store.captured(ARTICLE_URL, page, archive.keep(page, at), at);
        PageFetcher.Fetched hostile = fetcher.fetch(URI.create(base + "/script"));
        scriptCapture = store.captured(INVASION_SOURCE, hostile, archive.keep(hostile, at), at);
        uncitedCapture = store.captured(base + "/article", page, archive.keep(page, at), at);
    }

    @AfterAll
    void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void the_archived_copy_is_served_sandboxed_without_cookies_and_only_for_publicly_cited_pages() throws Exception {
        HttpResponse<byte[]> copy = get("/archive/" + articleCapture);
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.body()).isEqualTo(article);
        assertThat(copy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(copy.headers().allValues("Content-Security-Policy")).isNotEmpty()
                .allSatisfy(policy -> assertThat(policy).startsWith("sandbox").doesNotContain("allow-scripts"));
        assertThat(copy.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(copy.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        HttpResponse<byte[]> warc = get("/archive/" + articleCapture + "/warc");
        assertThat(warc.statusCode()).isEqualTo(200);
        assertThat(warc.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/warc"));
        try (var reader = new org.netpreserve.jwarc.WarcReader(new java.io.ByteArrayInputStream(warc.body()))) {
            assertThat(reader.next()).hasValueSatisfying(r -> assertThat(((org.netpreserve.jwarc.WarcResponse) r).target()).endsWith("/article"));
        }

        // a page no published event cites is the editors' (it may be cited only in a draft)
        assertThat(get("/archive/" + uncitedCapture).statusCode()).isEqualTo(404);
        assertThat(get("/archive/" + uncitedCapture + "/warc").statusCode()).isEqualTo(404);
        assertThat(get("/archive/999999999").statusCode()).isEqualTo(404);
        assertThat(get("/archive/not-a-number").statusCode()).isEqualTo(404);
        assertThat(get("/archive/1%27%20or%201=1").statusCode()).isEqualTo(404);
    }

    @Test
    void an_events_sources_show_their_archived_copy_and_the_quotes_found_in_it_and_no_script_of_a_copy_runs() throws Exception {
        Browser browser = new Browser(port);
        try {
            browser.open(RYABKOV);
            String sources = browser.await(By.id("sources")).getText();
            assertThat(sources).contains("Archived copy", "captured 6 Dec 2026 09:14 UTC, SHA-256 ", "WARC file");
            assertThat(browser.driver().findElements(By.cssSelector("#sources .annals-quote-found"))).isNotEmpty();
            assertThat(browser.driver().findElement(By.cssSelector("#sources a[href='/archive/" + articleCapture + "']"))
                    .getDomAttribute("target")).isEqualTo("_blank");

            browser.open("/archive/" + scriptCapture);
            assertThat(browser.await(By.id("text")).getText()).isEqualTo("Original text");
            assertThat(browser.driver().manage().getCookies()).noneMatch(c -> c.getName().equals("stolen"));
            // the sandbox's refusals of the page's own script are the point here, not a fault of Annals' policy
            browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        } finally {
            browser.close();
        }
    }

    /** Issue 17: once the link check finds the original gone, the source's own link opens the archived copy. */
    @Test
    void a_source_whose_original_is_gone_leads_with_its_archived_copy_and_says_since_when() throws Exception {
        linkHealth.record(ARTICLE_URL, new LinkVerdict(LinkHealth.State.GONE, 404, "HTTP 404", null),
                Instant.parse("2026-12-06T10:00:00Z"));
        jdbc.sql("insert into external_copy (url, archive, memento_url, captured_at, found_at) values (:url, 'web.archive.org',"
                + " :memento, '2025-10-08T12:00:00Z', now()) on conflict do nothing")
                .param("url", ARTICLE_URL).param("memento", "https://web.archive.org/web/20251008120000/" + ARTICLE_URL).update();
        // the first HTML says so too, for a reader without JavaScript
        String html = new String(get(RYABKOV).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("The original page is gone since 6 Dec 2026 (HTTP 404)", "href=\"/archive/" + articleCapture + "\"",
                "href=\"/archive/" + articleCapture + "/warc\"");
        Browser browser = new Browser(port);
        try {
            browser.open(RYABKOV);
            browser.until(d -> d.findElement(By.id("sources")).getText().contains("The original page is gone since 6 Dec 2026 (HTTP 404)"));
            var item = browser.driver().findElement(By.xpath("//ul[@id='sources']/li[.//*[contains(@class,'annals-link-health')]]"));
            // the first link of the source, its publisher's name, opens the copy; the old address is still there to see
            assertThat(item.findElements(By.tagName("a")).getFirst().getDomAttribute("href")).isEqualTo("/archive/" + articleCapture);
            assertThat(item.findElement(By.linkText("Original address")).getDomAttribute("href")).isEqualTo(ARTICLE_URL);
            // and the copy an outside archive keeps, where one is configured and found (ExternalArchivesIT)
            assertThat(item.findElement(By.cssSelector("a.annals-external-copy")).getDomAttribute("href"))
                    .isEqualTo("https://web.archive.org/web/20251008120000/" + ARTICLE_URL);
            assertThat(item.findElement(By.cssSelector("a.annals-external-copy")).getText()).isEqualTo("Copy at web.archive.org (8 Oct 2025)");

            browser.open(RYABKOV + "?lang=uk");
            browser.until(d -> d.findElement(By.id("sources")).getText().matches("(?s).*Оригінальної сторінки немає з .*2026.* \\(HTTP 404\\).*"));
        } finally {
            browser.close();
            linkHealth.record(ARTICLE_URL, new LinkVerdict(LinkHealth.State.OK, 200, "HTTP 200", null), Instant.now());
        }
    }

    @Test
    void an_editor_sees_each_citations_capture_and_quote_check_and_takes_the_pages_title() throws Exception {
        long eventId = jdbc.sql("select id from timeline_event where slug = '2025-10-08-ryabkov-anchorage-momentum-largely-exhausted'")
                .query(Long.class).single();
        Browser browser = new Browser(port);
        try {
            // an account of its own: the demo accounts' sign-ins are throttled across the test run (10 in 15 minutes)
            org.annals.Teams.on(timelines, accounts, "russia-ukraine-war", "archive-editor:EDITOR");
            browser.signIn("archive-editor", org.annals.Teams.PASSWORD);
            browser.open("/editor/events/" + eventId);
            browser.until(d -> d.findElement(By.id("citations")).getText().contains("captured 2026-12-06 09:14 UTC, SHA-256 "));
            assertThat(browser.driver().findElement(By.id("citations")).getText()).contains("quote found in it");

            // a URL with a capture offers what the page says of itself for the fields still empty
            browser.type("source-url", ARTICLE_URL);
            browser.driver().findElement(By.cssSelector("#source-url input")).sendKeys(org.openqa.selenium.Keys.TAB);
            browser.until(d -> d.findElement(By.id("capture-suggestion")).getText()
                    .contains("The page says: Russia declares post-summit peace momentum exhausted"));
            browser.click(By.id("use-capture-suggestion"));
            browser.until(d -> browser.valueOf("source-title").equals("Russia declares post-summit peace momentum exhausted"));

            // a URL nobody captured yet is captured as it is typed, before any save: its title is offered within seconds
            String fresh = base + "/article?typed=" + System.nanoTime();
            browser.type("source-url", fresh);
            browser.driver().findElement(By.cssSelector("#source-url input")).sendKeys(org.openqa.selenium.Keys.TAB);
            // the page at the new address has the same title as the one before, so the offer alone proves nothing:
            // wait for its capture to be kept, then for the offer made from it
            browser.until(d -> store.latest(fresh).filter(c -> c.captured()).isPresent());
            browser.until(d -> d.findElement(By.id("capture-suggestion")).getText()
                    .contains("The page says: Russia declares post-summit peace momentum exhausted"));
        } finally {
            browser.close();
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
