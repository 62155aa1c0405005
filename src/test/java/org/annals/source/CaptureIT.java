package org.annals.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.annals.IntegrationTest;
import org.annals.security.SystemActor;
import org.annals.source.internal.capture.CaptureJobs;
import org.annals.source.internal.capture.PageFetcher;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Captures of cited pages (issue 17) against an origin server on this machine: a page with its metadata and a quote,
 * redirects, a gone page, and hostile ones (a redirect loop, a huge page, a gzip bomb, a slow drip); the queue runs
 * a capture once per URL and keeps it across a stop of the scheduler; private addresses are refused outside tests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaptureIT {

    private static final String ARTICLE = """
            <!doctype html><html><head><title>Fallback title</title>
            <meta property="og:title" content="Ryabkov: Anchorage momentum largely exhausted">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-10-08T10:15:00Z",
              "publisher":{"@type":"Organization","name":"Test Wire"}}</script>
            <script>document.cookie = "stolen=1"; fetch("/exfiltrate");</script></head>
            <body><p>Ryabkov said that \u201cAnchorage\u2019s powerful momentum   in favour of agreements
            has been largely exhausted\u201d by the efforts of opponents.</p></body></html>""";

    @Autowired
    CaptureService captures;
    @Autowired
    CaptureJobs jobs;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    HttpServer origin;
    String base;

    @BeforeAll
    void startOrigin() throws IOException {
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        origin.createContext("/article", e -> answer(e, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8)));
        origin.createContext("/moved", e -> redirect(e, "/article"));
        origin.createContext("/loop", e -> redirect(e, "/loop"));
        origin.createContext("/gone", e -> answer(e, 410, "text/html", "<p>Gone</p>".getBytes(StandardCharsets.UTF_8)));
        origin.createContext("/huge", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 30; i++) {
                    out.write(chunk);
                }
            } catch (IOException ignored) {
                // the fetcher hung up at its cap
            }
        });
        byte[] bomb = gzippedZeros(200);
        origin.createContext("/bomb", e -> {
            e.getResponseHeaders().add("Content-Encoding", "gzip");
            answer(e, 200, "text/html", bomb);
        });
        origin.createContext("/drip", e -> {
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(500); // the origin's slowness, not the test waiting
                }
            } catch (IOException | InterruptedException ignored) {
                // the fetcher hung up at its deadline
            }
        });
        byte[] pdf = pdf("Ryabkov: Anchorage momentum largely exhausted",
                "Ryabkov said that the momentum in favour of agreements has been largely exhausted.");
        origin.createContext("/statement.pdf", e -> answer(e, 200, "application/pdf", pdf));
        origin.createContext("/broken.pdf", e -> answer(e, 200, "application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)));
        origin.start();
        base = "http://127.0.0.1:" + origin.getAddress().getPort();
    }

    @AfterAll
    void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void a_cited_page_is_kept_as_warc_with_its_hash_metadata_and_a_quote_check() throws Exception {
        SourceCapture capture = SystemActor.run(() -> captures.captureNow(base + "/moved"));

        assertThat(capture.outcome()).isEqualTo(SourceCapture.Outcome.CAPTURED);
        assertThat(capture.finalUrl()).isEqualTo(base + "/article");
        assertThat(capture.httpStatus()).isEqualTo(200);
        byte[] served = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertThat(capture.payloadSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served)));
        assertThat(capture.payloadBytes()).isEqualTo(served.length);
        assertThat(capture.title()).isEqualTo("Ryabkov: Anchorage momentum largely exhausted");
        assertThat(capture.publisher()).isEqualTo("Test Wire");
        assertThat(capture.publishedOn()).isEqualTo("2025-10-08T10:15:00Z");

        // the WARC holds the response for the final URL, its body byte for byte, and the request
        byte[] warc = SystemActor.run(() -> captures.warc(capture.id())).orElseThrow();
        List<String> types = new java.util.ArrayList<>();
        try (WarcReader reader = new WarcReader(new java.io.ByteArrayInputStream(warc))) {
            for (WarcRecord record : reader) {
                types.add(record.type());
                if (record instanceof WarcResponse response) {
                    assertThat(response.target()).isEqualTo(base + "/article");
                    assertThat(response.http().status()).isEqualTo(200);
                    assertThat(response.http().body().stream().readAllBytes()).isEqualTo(served);
                }
            }
        }
        assertThat(types).containsExactly("response", "request");

        // a quote is found whatever its quotation marks and spacing; words the page does not hold are not
        assertThat(SystemActor.run(() -> captures.quoteFound(capture.id(),
                "Anchorage's powerful momentum in favour of agreements has been largely exhausted"))).contains(true);
        assertThat(SystemActor.run(() -> captures.quoteFound(capture.id(), "momentum has been fully restored"))).contains(false);
    }

    @Test
    void a_gone_page_is_recorded_with_its_status_and_hostile_pages_fail_with_a_reason() {
        SourceCapture gone = SystemActor.run(() -> captures.captureNow(base + "/gone"));
        assertThat(gone.captured()).isTrue();
        assertThat(gone.httpStatus()).isEqualTo(410);

        assertThat(failure("/loop")).contains("redirected more than 5 times");
        assertThat(failure("/huge")).contains("larger than 20 MB");
        assertThat(failure("/bomb")).contains("unpacks to more than");
        long started = System.nanoTime();
        assertThat(failure("/drip")).contains("still arriving after 5 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(SystemActor.run(() -> captures.captureNow("http://no-such-host.invalid/")).failure()).contains("does not exist");
        assertThat(SystemActor.run(() -> captures.captureNow("ftp://example.org/file")).failure()).contains("only http and https");
    }

    @Test
    void private_loopback_and_link_local_addresses_are_refused_outside_tests() {
        PageFetcher strict = new PageFetcher(false, 1 << 20, Duration.ofSeconds(5));
        for (String url : List.of(base + "/article", "http://localhost:1/", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/", "http://192.168.1.1/", "http://[::1]/", "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/",
                "http://100.64.0.1/", "http://0.0.0.0/")) {
            try {
                strict.fetch(URI.create(url));
                throw new AssertionError("fetched " + url);
            } catch (PageFetcher.Refused refused) {
                assertThat(refused.getMessage()).as(url).contains("private, loopback or link-local");
            }
        }
    }

    @Test
    void the_queue_keeps_one_job_per_url_in_postgresql_and_runs_it_when_due() {
        // due in an hour: every instance's scheduler (each test context has one) leaves it waiting in the table
        String url = base + "/article?queued=" + System.nanoTime();
        assertThat(jobs.requestAt(url, java.time.Instant.now().plus(Duration.ofHours(1)))).isTrue();
        assertThat(SystemActor.run(() -> captures.request(url))).as("one job per URL").isFalse();
        assertThat(SystemActor.run(() -> captures.queue(1000))).anyMatch(q -> q.url().equals(url) && !q.running());
        assertThat(SystemActor.run(() -> captures.latest(url))).isEmpty();

        // made due, the stored job runs (on whichever instance picks it first) and is gone from the queue
        assertThat(jobs.dueNow(url)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> SystemActor.run(() -> captures.latest(url)).filter(SourceCapture::captured).isPresent());
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> SystemActor.run(() -> captures.queue(1000)).stream().noneMatch(q -> q.url().equals(url)));
    }

    /**
     * A capture cut short by its instance's end (a crash, a kill, a deploy) is left picked in the table with a stale
     * heartbeat; a running instance takes it up again and it completes once.
     */
    @Test
    void a_capture_left_running_by_an_instance_that_died_completes_once_afterwards() {
        String url = base + "/article?orphaned=" + System.nanoTime();
        assertThat(jobs.requestAt(url, java.time.Instant.now().plus(Duration.ofHours(1)))).isTrue();
        // what an instance that died while capturing leaves behind
        assertThat(jdbc.sql("""
                update scheduled_tasks set picked = true, picked_by = 'instance-that-died', execution_time = now(),
                    last_heartbeat = now() - interval '1 hour'
                where task_name = 'capture-url' and task_instance = :key""")
                .param("key", url).update()).isEqualTo(1); // a short URL is its own key

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> SystemActor.run(() -> captures.latest(url)).filter(SourceCapture::captured).isPresent());
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> SystemActor.run(() -> captures.queue(1000)).stream().noneMatch(q -> q.url().equals(url)));
        assertThat(SystemActor.run(() -> captures.recent(1000)).stream().filter(c -> c.url().equals(url))).hasSize(1);

        // a capture that has taken its server down with it three times already is given up, with the reason
        String killer = base + "/article?killer=" + System.nanoTime();
        assertThat(jobs.requestAt(killer, java.time.Instant.now().plus(Duration.ofHours(1)))).isTrue();
        assertThat(jdbc.sql("""
                update scheduled_tasks set picked = true, picked_by = 'instance-that-died', execution_time = now(),
                    last_heartbeat = now() - interval '1 hour', consecutive_failures = 3
                where task_name = 'capture-url' and task_instance = :key""").param("key", killer).update()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> SystemActor.run(() -> captures.latest(killer))
                .filter(c -> c.failure() != null && c.failure().contains("stopped with its server 4 times")).isPresent());
        assertThat(SystemActor.run(() -> captures.queue(1000))).noneMatch(q -> q.url().equals(killer));
    }

    @Test
    void a_queued_job_for_a_page_captured_minutes_ago_takes_no_second_copy() {
        // an editor's form captured it as the URL was typed; the job queued when the citation is saved finds it done
        String url = base + "/article?typed=" + System.nanoTime();
        assertThat(SystemActor.run(() -> captures.captureNow(url)).captured()).isTrue();
        assertThat(jobs.requestAt(url, java.time.Instant.now().plus(Duration.ofHours(1)))).isTrue();
        assertThat(jobs.dueNow(url)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> SystemActor.run(() -> captures.queue(1000)).stream().noneMatch(q -> q.url().equals(url)));
        assertThat(SystemActor.run(() -> captures.recent(1000)).stream().filter(c -> c.url().equals(url))).hasSize(1);
    }

    /** A cited PDF is kept like a page: its hash, its title and date from the document, its text for quote checks. */
    @Test
    void a_cited_pdf_is_kept_with_its_title_date_and_text_and_a_broken_one_without_text() {
        SourceCapture pdf = SystemActor.run(() -> captures.captureNow(base + "/statement.pdf"));
        assertThat(pdf.captured()).isTrue();
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.title()).isEqualTo("Ryabkov: Anchorage momentum largely exhausted");
        assertThat(pdf.publishedOn()).isEqualTo("2025-10-08");
        assertThat(SystemActor.run(() -> captures.quoteFound(pdf.id(), "momentum in favour of agreements has been largely exhausted")))
                .contains(true);
        assertThat(SystemActor.run(() -> captures.quoteFound(pdf.id(), "a sentence the document does not hold"))).contains(false);

        // what the URL answered is kept even when it is no readable PDF: no text, no quote check, no failure
        SourceCapture broken = SystemActor.run(() -> captures.captureNow(base + "/broken.pdf"));
        assertThat(broken.captured()).isTrue();
        assertThat(SystemActor.run(() -> captures.quoteFound(broken.id(), "anything"))).isEmpty();
    }

    private static byte[] pdf(String title, String line) throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(line);
                content.endText();
            }
            document.getDocumentInformation().setTitle(title);
            java.util.Calendar created = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(java.time.Instant.parse("2025-10-08T10:15:00Z").toEpochMilli());
            document.getDocumentInformation().setCreationDate(created);
            document.save(out);
            return out.toByteArray();
        }
    }

    private String failure(String path) {
        SourceCapture capture = SystemActor.run(() -> captures.captureNow(base + path));
        assertThat(capture.outcome()).as(path).isEqualTo(SourceCapture.Outcome.FAILED);
        return capture.failure();
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static byte[] gzippedZeros(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
