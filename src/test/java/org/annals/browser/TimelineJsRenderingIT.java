package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annals.IntegrationTest;
import org.annals.importexport.TimelineImportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The TimelineJS export as a news site would use it: a page on another origin hands the export's URL to the real
 * TimelineJS 3 library (from the npm registry, installed into target/test-npm by bin/setup-test-npm), which fetches
 * and renders the file unchanged in headless Chromium.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineJsRenderingIT {

    private static final String SLUG = "timelinejs-export-check";
    private static final Path LIBRARIES = Path.of("target", "test-npm");
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>TimelineJS harness</title>
            <link rel="stylesheet" href="node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
            <script src="node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
            <body><div id="timeline-embed" style="width: 100%; height: 600px"></div>
            <script>
              window.pageErrors = [];
              window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
              window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
              window.timeline = new TL.Timeline('timeline-embed', new URLSearchParams(location.search).get('source'));
            </script></body></html>
            """;

    @LocalServerPort
    int port;
    @Autowired
    TimelineImportService importer;
    Browser browser;
    HttpServer newsSite;

    @BeforeAll
    void setUp() throws Exception {
        GeneratedTimeline file = new GeneratedTimeline(SLUG, "TimelineJS export check", "Dates of every precision.");
        file.event("day", "Invasion begins", "2022-02-24", "MILITARY").put("slug", "tljs-day");
        file.event("month", "Counter-offensive starts", "2023-06", "MILITARY").put("slug", "tljs-month");
        file.event("year", "A year of talks", "2024", "DIPLOMATIC").put("slug", "tljs-year");
        file.event("approximate", "Bodies found", "2022-04-02~", "HUMANITARIAN").put("slug", "tljs-approximate");
        file.event("range", "Mutiny & \"march\" on Moscow", "2023-06-23/2023-06-24", "MILITARY").put("slug", "tljs-range");
        file.importWith(importer);

        Files.writeString(LIBRARIES.resolve("timelinejs-harness.html"), PAGE);
        newsSite = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                LIBRARIES.toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        newsSite.start();
        browser = new Browser(port);
    }

    @AfterAll
    void tearDown() {
        browser.close();
        newsSite.stop(0);
    }

    @Test
    void the_real_library_renders_one_slide_per_event_with_partial_dates_and_honest_labels() {
        JavascriptExecutor js = render(SLUG);

        assertThat(js.executeScript("return window.timeline.config.getErrors()")).asList().isEmpty();
        assertThat(js.executeScript("return window.pageErrors")).asList().isEmpty();
        assertThat(js.executeScript("return window.timeline.ready")).isEqualTo(true);
        // the title slide and one slide per event, in the library's own model and on the page
        assertThat(js.executeScript("return window.timeline.config.events.length")).isEqualTo(5L);
        assertThat(js.executeScript("return window.timeline.config.title.text.headline")).isEqualTo("TimelineJS export check");
        assertThat(js.executeScript("return document.querySelectorAll('.tl-slide').length")).isEqualTo(6L);
        assertThat(js.executeScript("return document.querySelectorAll('.tl-timemarker').length")).isEqualTo(5L);

        // partial dates stay partial in the library's reading, and the honest label is what the slide shows
        assertThat(bestFormat("month")).isEqualTo("month");
        assertThat(bestFormat("year")).isEqualTo("year");
        assertThat(bestFormat("day")).isEqualTo("full");
        Map<String, String> labels = Map.of("month", "June 2023", "year", "2024", "approximate", "c. 2 Apr 2022",
                "range", "23–24 Jun 2023", "day", "24 Feb 2022");
        labels.forEach((ref, label) -> assertThat(slideDate(ref)).as("date shown on slide " + ref).isEqualTo(label));
        assertThat(js.executeScript("return document.getElementById(arguments[0]).querySelector('.tl-headline').textContent",
                slugOf("range"))).isEqualTo("Mutiny & \"march\" on Moscow");
    }

    @Test
    void the_seeded_timeline_renders_whole_with_every_event_as_a_slide() {
        JavascriptExecutor js = render("russia-ukraine-war");

        assertThat(js.executeScript("return window.timeline.config.getErrors()")).asList().isEmpty();
        assertThat(js.executeScript("return window.pageErrors")).asList().isEmpty();
        assertThat(js.executeScript("return window.timeline.config.events.length")).isEqualTo(65L);
        assertThat(js.executeScript("return document.querySelectorAll('.tl-slide').length")).isEqualTo(66L);
        assertThat(js.executeScript("return [...document.querySelectorAll('.tl-headline-date')].map(e => e.textContent)"))
                .asList().contains("c. 2 Apr 2022", "23–24 Jun 2023");
    }

    /** Opens the harness on the export of that timeline and waits until TimelineJS is ready or shows an error. */
    private JavascriptExecutor render(String slug) {
        String export = "http://localhost:" + port + "/api/v1/timelines/" + slug + "/export?format=timelinejs";
        browser.driver().get("http://127.0.0.1:" + newsSite.getAddress().getPort() + "/timelinejs-harness.html?source="
                + URLEncoder.encode(export, StandardCharsets.UTF_8));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.until(d -> js.executeScript("return window.timeline.ready === true"
                + " || (document.querySelector('.tl-message-full') || {}).textContent?.includes('Error') || null"));
        return js;
    }

    private Object bestFormat(String ref) {
        return ((JavascriptExecutor) browser.driver()).executeScript(
                "return window.timeline.config.events.find(e => e.unique_id === arguments[0]).start_date.findBestFormat()",
                slugOf(ref));
    }

    private String slideDate(String ref) {
        return ((String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById(arguments[0]).querySelector('.tl-headline-date').textContent",
                slugOf(ref))).strip();
    }

    /** The slide ids are the events' slugs (unique_id). */
    private static String slugOf(String ref) {
        return "tljs-" + ref;
    }
}
