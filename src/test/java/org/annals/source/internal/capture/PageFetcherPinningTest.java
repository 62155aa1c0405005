package org.annals.source.internal.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, DNS rebinding: a host name is resolved once per connection, by the fetcher's own resolver, which checks
 * every address it returns; the connection goes to those addresses and no others. A name that answers with a public
 * address and then with this machine's never reaches this machine.
 */
class PageFetcherPinningTest {

    HttpServer origin;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void startOrigin() throws IOException {
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<title>Internal admin</title>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // a body that never ends (a byte every 50 ms), behind a redirect or as the page a link check looks at
        origin.createContext("/endless", exchange -> {
            if (exchange.getRequestURI().getQuery() != null) {
                exchange.getResponseHeaders().add("Location", "/admin");
            }
            exchange.sendResponseHeaders(exchange.getRequestURI().getQuery() != null ? 302 : 200, 0);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 1200; i++) {
                    body.write('x');
                    body.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException gone) {
                // the fetcher hung up: what it should do
            }
        });
        origin.start();
    }

    @AfterEach
    void stopOrigin() {
        origin.stop(0);
    }

    private URI page() {
        return URI.create("http://rebind.test:" + origin.getAddress().getPort() + "/admin");
    }

    @Test
    void the_address_connected_to_is_the_one_resolved_and_checked_once() throws Exception {
        PageFetcher fetcher = new PageFetcher(host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        }, true, 1 << 20, Duration.ofSeconds(5));

        PageFetcher.Fetched fetched = fetcher.fetch(page());

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.address()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(lookups).hasValue(1);
        assertThat(requests).hasValue(1);
    }

    @Test
    void a_name_resolving_to_this_machine_is_refused_before_any_connection() {
        PageFetcher strict = new PageFetcher(host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, false, 1 << 20,
                Duration.ofSeconds(5));

        assertThatThrownBy(() -> strict.fetch(page())).isInstanceOf(PageFetcher.Refused.class)
                .hasMessageContaining("rebind.test is a private, loopback or link-local address");
        assertThat(requests).hasValue(0);
    }

    @Test
    void a_name_that_turns_to_this_machine_after_answering_publicly_never_reaches_it() {
        // the first answer is public (TEST-NET-1, which nothing answers); any later one would be this machine
        PageFetcher strict = new PageFetcher(host -> new InetAddress[] {lookups.getAndIncrement() == 0
                ? InetAddress.getByAddress(host, new byte[] {(byte) 192, 0, 2, 1}) : InetAddress.getLoopbackAddress()},
                false, 1 << 20, Duration.ofSeconds(2));

        assertThatThrownBy(() -> strict.fetch(page())).isInstanceOf(PageFetcher.Refused.class)
                .satisfies(e -> assertThat(((PageFetcher.Refused) e).worthRetrying()).isTrue());
        assertThat(lookups).hasValue(1);
        assertThat(requests).hasValue(0);
    }

    /** Closing an answer in HttpClient 5 would read its body to the end: an unread body is dropped instead. */
    @Test
    void an_unread_endless_body_is_dropped_not_read_to_its_end() throws Exception {
        PageFetcher fetcher = new PageFetcher(host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, true, 1 << 20,
                Duration.ofSeconds(20));
        String base = "http://pages.test:" + origin.getAddress().getPort();

        long started = System.nanoTime();
        assertThat(fetcher.check(URI.create(base + "/endless")).status()).isEqualTo(200);
        PageFetcher.Fetched behindRedirect = fetcher.fetch(URI.create(base + "/endless?redirect"));
        assertThat(behindRedirect.body()).asString(StandardCharsets.UTF_8).contains("Internal admin");
        // two endless bodies left unread, well within one deadline (each would take a minute to read)
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
}
