package org.annals.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.IntegrationTest;
import org.annals.security.SystemActor;
import org.annals.source.internal.capture.ExternalArchives;
import org.annals.source.internal.capture.PageFetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outside archives (issue 17) against a local server speaking their protocols: a Memento TimeMap in link format
 * (RFC 7089) whose newest memento is kept, a page no archive holds (404), and Save Page Now answering with a redirect
 * to the copy it made (its time read from the Wayback address). Off unless configured: the application's own instance
 * has neither address set.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalArchivesIT {

    private static final String CITED = "https://www.example.org/2025/10/08/ryabkov-momentum";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaptureService captures;
    @Autowired
    ExternalArchives configured;

    HttpServer archive;
    String base;
    final AtomicInteger saves = new AtomicInteger();

    @BeforeAll
    void startArchive() throws IOException {
        archive = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        archive.createContext("/web/timemap/link/", e -> {
            String cited = e.getRequestURI().getRawPath().substring("/web/timemap/link/".length());
            if (!cited.equals(CITED)) {
                answer(e, 404, "text/plain", "not archived");
                return;
            }
            answer(e, 200, "application/link-format", """
                    <%1$s>; rel="original",
                    <%2$s/web/timemap/link/%1$s>; rel="self"; type="application/link-format"; from="Wed, 08 Oct 2025 10:15:00 GMT",
                    <%2$s/web/%1$s>; rel="timegate",
                    <%2$s/web/20251008101500/%1$s>; rel="first memento"; datetime="Wed, 08 Oct 2025 10:15:00 GMT",
                    <%2$s/web/20251009080000/%1$s>; rel="memento"; datetime="Thu, 09 Oct 2025 08:00:00 GMT",
                    <%2$s/web/20251201000000/%1$s>; rel="memento"; datetime="not a date",
                    <%2$s/web/20251020120000/%1$s>; rel="last memento"; datetime="Mon, 20 Oct 2025 12:00:00 GMT"
                    """.formatted(CITED, base));
        });
        archive.createContext("/save/", e -> {
            saves.incrementAndGet();
            String cited = e.getRequestURI().getRawPath().substring("/save/".length());
            e.getResponseHeaders().add("Location", "/web/20261206120000/" + cited);
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        archive.createContext("/web/2026", e -> answer(e, 200, "text/html", "<p>the copy</p>"));
        archive.start();
        base = "http://127.0.0.1:" + archive.getAddress().getPort();
    }

    @AfterAll
    void stopArchive() {
        archive.stop(0);
    }

    @Test
    void the_newest_memento_is_found_and_save_page_now_leaves_a_newer_copy() {
        ExternalArchives archives = new ExternalArchives(jdbc, base + "/web/timemap/link/", "", fetcher());
        List<ExternalCopy> found = archives.preserve(CITED);
        assertThat(found).singleElement().satisfies(copy -> {
            assertThat(copy.mementoUrl()).isEqualTo(base + "/web/20251020120000/" + CITED);
            assertThat(copy.capturedAt()).isEqualTo(Instant.parse("2025-10-20T12:00:00Z"));
            assertThat(copy.archive()).isEqualTo("127.0.0.1");
        });
        assertThat(new ExternalArchives(jdbc, base + "/web/timemap/link/", "", fetcher()).preserve(CITED + "-never-archived")).isEmpty();

        ExternalArchives saving = new ExternalArchives(jdbc, base + "/web/timemap/link/", base + "/save/", fetcher());
        saving.preserve(CITED);
        assertThat(saves.get()).isEqualTo(1);
        // readers are offered the newest copy: the one Save Page Now just made
        assertThat(SystemActor.run(() -> captures.externalCopies(List.of(CITED, CITED + "-never-archived"))))
                .containsOnlyKeys(CITED).extractingByKey(CITED).satisfies(copy -> {
                    assertThat(copy.mementoUrl()).isEqualTo(base + "/web/20261206120000/" + CITED);
                    assertThat(copy.capturedAt()).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
                });
        // an older memento found later does not replace it
        archives.preserve(CITED);
        assertThat(SystemActor.run(() -> captures.externalCopies(List.of(CITED))).get(CITED).capturedAt())
                .isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
    }

    @Test
    void outside_archives_are_off_unless_configured() {
        assertThat(configured.enabled()).isFalse();
        assertThat(configured.preserve(CITED)).isEmpty();
    }

    private static PageFetcher fetcher() {
        return new PageFetcher(true, 1 << 20, Duration.ofSeconds(10));
    }

    private static void answer(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }
}
