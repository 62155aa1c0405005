package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Absolute links come from the configured public address, never from what a client sent: a request with a forged
 * {@code Host} (or forwarded headers from a client that is not a configured proxy) gets the same links as anyone, so a
 * shared cache cannot be made to hand readers links to another site. Sent over a raw socket, since Java's HTTP client
 * does not let a caller set {@code Host}.
 */
@IntegrationTest
class HostileHostIT {

    private static final String EVENT = "/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha";

    /** The seed has no corrections yet, and a TimelineJS file links the sources, not Annals' own pages. */
    private static final List<String> ANSWERS_WITHOUT_OWN_LINKS = List.of(
            "/api/v1/timelines/russia-ukraine-war/corrections",
            "/api/v1/timelines/russia-ukraine-war/export?format=timelinejs");

    @LocalServerPort
    int port;

    /** HTTP/1.0, so the answer comes whole (no chunks) and the connection closes after it. */
    private String send(String path, List<String> headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\n" + String.join("\r\n", headers) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {EVENT, "/timelines/russia-ukraine-war", "/sitemap.xml", "/sitemaps/pages.xml",
            "/sitemaps/russia-ukraine-war/1.xml", "/robots.txt", "/api/v1/timelines",
            "/api/v1/timelines/russia-ukraine-war/events?limit=2",
            "/api/v1/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha",
            "/api/v1/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha/revisions",
            "/api/v1/timelines/russia-ukraine-war/corrections", "/api/v1/timelines/russia-ukraine-war/window",
            "/api/v1/timelines/russia-ukraine-war/export?format=csv",
            "/api/v1/timelines/russia-ukraine-war/export?format=geojson",
            "/api/v1/timelines/russia-ukraine-war/export?format=timelinejs"})
    void links_name_the_public_address_whatever_host_the_request_names(String path) throws IOException {
        String honest = send(path, List.of("Host: localhost:" + port));
        String forged = send(path, List.of("Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: https", "X-Forwarded-Port: 443", "X-Forwarded-For: 203.0.113.9",
                "Forwarded: for=203.0.113.9;host=evil.example;proto=https"));

        assertThat(honest).startsWith("HTTP/1.1 200");
        assertThat(forged).startsWith("HTTP/1.1 200").doesNotContain("evil.example").doesNotContain("https://localhost");
        if (!ANSWERS_WITHOUT_OWN_LINKS.contains(path)) {
            assertThat(honest).contains("http://localhost:" + port + "/");
            assertThat(forged).contains("http://localhost:" + port + "/");
        }
    }
}
