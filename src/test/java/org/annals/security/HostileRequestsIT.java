package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An attacker's corpus, generated the same on every run: malformed UTF-8 and overlong encodings, NUL, values of tens of
 * thousands of characters, numbers past every range, forged cursors and Vaadin messages, odd methods and headers, and
 * path tricks, against every public route, the API, the sign-in form and Vaadin's own endpoints. No request may be
 * answered with a server error (the 5xx allowed are Tomcat's own protocol answers: 505 for "HTTP/9.9" and 501 for
 * CONNECT, a method for proxies), every refusal of the API says why (problem details), and the server answers readers normally
 * afterwards. Sent over raw sockets so the bytes are exactly the attacker's.
 */
@IntegrationTest
class HostileRequestsIT {

    private static final String T = "/api/v1/timelines/russia-ukraine-war";
    private static final String EVENT = "2022-04-02-bodies-of-civilians-found-bucha";

    /** Query values (already percent-encoded where they must be). */
    private static final List<String> VALUES = List.of("", "%00", "%FF%FE%FD", "%C0%AF", "%E0%80%AF", "%ED%A0%80",
            "a".repeat(20_000), "9".repeat(400), "-1", "-9223372036854775809", "1e309", "NaN", "Infinity", "0x1F",
            "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201%3D1--",
            "%E2%80%AE", "2023-02-30", "0000-00-00", "99999-01-01", "2022-01-01%2F..", "..%2F2022", "2022-13",
            "2022-XX-15", "2022-21", "%", "%zz", "+", "%0d%0aX-Injected:%201", "eyJvZmZzZXQiOi0xfQ", "AAAA%3D%3D%3D",
            "%7B%22a%22%3A1%7D", "1%2C2%2C3%2C4%2C5", "-91%2C-181%2C91%2C181", "true", "null", "%F0%9F%92%A3",
            "%D0%9A%D0%B8%D1%97%D0%B2");

    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put(T + "/events", List.of("from", "to", "type", "actor", "q", "tag", "confidence", "disagree", "area",
                "limit", "cursor", "at", "lang"));
        QUERIES.put(T + "/window", List.of("from", "to", "limit", "area"));
        QUERIES.put(T + "/density", List.of("from", "bucket"));
        QUERIES.put(T + "/export", List.of("format", "from", "area"));
        QUERIES.put(T + "/events/" + EVENT + "/revisions/1", List.of("lang"));
        QUERIES.put("/timelines/russia-ukraine-war", List.of("from", "q", "area"));
        QUERIES.put("/embed/russia-ukraine-war", List.of("from", "type"));
    }

    private static final List<String> PATHS = List.of("/timelines/%2e%2e/admin/import", "/timelines/..;/admin/import",
            "//admin/import", "/api/v1/timelines/%FF", "/api/v1/timelines/%00", T + "/events/%00", T + "/events/"
                    + "x".repeat(5000), T + "/events/" + EVENT + "/revisions/-1", T + "/events/" + EVENT
                    + "/revisions/99999999999999999999", T + "/events/" + EVENT + "/revisions/1e9",
            "/VAADIN/../WEB-INF/web.xml", "/VAADIN/%2e%2e/application.properties", "/;jsessionid=x/",
            "/%2F%2Fevil.example", "/timelines/russia-ukraine-war/events/x%0d%0aSet-Cookie:a=b", "/sitemaps/x/0.xml",
            "/sitemaps/russia-ukraine-war/-1.xml", "/sitemaps/russia-ukraine-war/99999999999.xml", "/actuator/env",
            "/actuator/heapdump", "/actuator/prometheus", "/v3/api-docs/%FF", "/embed/%C0%AF", "/" + "a/".repeat(2000),
            "/timelines/russia-ukraine-war/events/" + EVENT + "/../../../../etc/passwd", "/?v-r=oldbrowser",
            "/?v-r=uidl&v-uiId=999999999", "/?v-r=heartbeat&v-uiId=-1", "/?v-r=push&v-uiId=0",
            "/?v-r=upload&v-uiId=0&v-nodeId=1&v-secKey=x", "/VAADIN/dynamic/resource/0/x/y", "/?v-r=%00",
            "/?v-r=" + "x".repeat(10_000), "/editor/events/%FF", "/editor/events/99999999999999999999",
            "/editor/events/-1", "/editor/notes/abc", "/login?error=%00", "/login?throttled=99999999999999999999");

    @LocalServerPort
    int port;

    /** The status the server answered, or 0 when it closed the connection without one (protocol-level refusal). */
    private record Answer(int status, String head, String body) {
    }

    private Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (SocketException closedEarly) {
                // the server may refuse a request before reading all of it: its answer is still there to read
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            } catch (SocketException reset) {
                // a reset after the answer: what was read is the answer
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) {
                return new Answer(0, text, "");
            }
            int split = text.indexOf("\r\n\r\n");
            return new Answer(Integer.parseInt(text.substring(9, 12)), split < 0 ? text : text.substring(0, split),
                    split < 0 ? "" : text.substring(split + 4));
        }
    }

    private static byte[] request(String method, String target, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body.length > 0 && headers.stream().noneMatch(h -> h.startsWith("Content-Length") || h.startsWith("Transfer"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private static byte[] get(String target) {
        return request("GET", target, List.of(), new byte[0]);
    }

    /** Every request of the corpus, named for the report. */
    private static Map<String, byte[]> corpus() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        QUERIES.forEach((path, params) -> params.forEach(param -> VALUES.forEach(value ->
                corpus.put("GET " + path + "?" + param + "=" + abbreviated(value), get(path + "?" + param + "=" + value)))));
        PATHS.forEach(path -> corpus.put("GET " + abbreviated(path), get(path)));
        for (String method : List.of("TRACE", "OPTIONS", "PUT", "DELETE", "PATCH", "PROPFIND", "FOO", "CONNECT")) {
            for (String path : List.of("/", T + "/events", "/login", "/embed/russia-ukraine-war", "/sitemap.xml")) {
                corpus.put(method + " " + path, request(method, path, List.of(), "x=1".getBytes(StandardCharsets.UTF_8)));
            }
        }
        List<List<String>> headers = List.of(List.of("Accept: \u0000garbage/\u00ff"), List.of("Accept-Language: ;;;q=zz,\u00ff"),
                List.of("Accept-Language: " + "uk,".repeat(2000)), List.of("Range: bytes=999999999-"),
                List.of("If-None-Match: \"" + "x".repeat(5000) + "\""), List.of("If-Modified-Since: yesterday"),
                List.of("Cookie: JSESSIONID=" + "%".repeat(300)), List.of("Origin: null"), List.of("X-Forwarded-For: ' or 1=1"),
                List.of("Content-Length: -1"), List.of("Transfer-Encoding: chunked"), List.of("Expect: 100-continue-please"),
                List.of("X-Huge: " + "h".repeat(20_000)), List.of("Host: "), List.of("Accept-Encoding: gzip;q=NaN, br;q=-1"));
        for (List<String> header : headers) {
            for (String path : List.of("/", "/timelines/russia-ukraine-war", T + "/events", "/login", "/sitemap.xml")) {
                corpus.put("GET " + path + " with " + abbreviated(header.getFirst()), request("GET", path, header,
                        header.getFirst().startsWith("Transfer") ? "zz\r\nnot a chunk\r\n".getBytes(StandardCharsets.UTF_8)
                                : new byte[0]));
            }
        }
        List<byte[]> bodies = List.of(new byte[0], "{}".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, 0, (byte) 0xfe},
                "{\"csrfToken\":\"forged\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"click\"}],\"syncId\":0,\"clientId\":0}"
                        .getBytes(StandardCharsets.UTF_8),
                ("[".repeat(50_000)).getBytes(StandardCharsets.UTF_8), "username=admin%00&password=%FF".getBytes(StandardCharsets.UTF_8),
                ("username=" + "a".repeat(100_000) + "&password=x").getBytes(StandardCharsets.UTF_8));
        for (String target : List.of("/?v-r=uidl&v-uiId=0", "/?v-r=uidl&v-uiId=abc", "/?v-r=heartbeat&v-uiId=0",
                "/?v-r=init&location=%FF", "/login", "/?v-r=upload&v-uiId=0&v-nodeId=9&v-secKey=forged", "/csp")) {
            for (int b = 0; b < bodies.size(); b++) {
                for (String type : List.of("application/json; charset=UTF-8", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x")) {
                    corpus.put("POST " + target + " body " + b + " as " + type, request("POST", target,
                            List.of("Content-Type: " + type, "Origin: http://localhost"), bodies.get(b)));
                }
            }
        }
        corpus.put("request line of 70,000 characters", get("/?" + "q".repeat(70_000)));
        corpus.put("raw NUL in the request line", "GET /\u0000 HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        corpus.put("raw bytes 0xFF in the path", new byte[] {'G', 'E', 'T', ' ', '/', (byte) 0xff, (byte) 0xfe, ' ', 'H', 'T', 'T',
                'P', '/', '1', '.', '1', '\r', '\n', 'H', 'o', 's', 't', ':', ' ', 'x', '\r', '\n', '\r', '\n'});
        corpus.put("HTTP/9.9", "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        corpus.put("no request line", "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return corpus;
    }

    private static String abbreviated(String value) {
        return value.length() > 60 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
    }

    @Test
    void no_hostile_request_gets_a_server_error_and_every_refusal_says_why() throws Exception {
        Map<String, byte[]> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1_000);
        List<String> serverErrors = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int refusedByTomcat = 0;
        for (var entry : corpus.entrySet()) {
            Answer answer = send(entry.getValue());
            statuses.merge(answer.status(), 1, Integer::sum);
            // an HTTP version the server does not speak (505) and CONNECT, a method for proxies (501), are answered by
            // Tomcat as the protocol allows, before any of Annals runs; any other 5xx is ours
            boolean protocol = answer.status() == 505 && entry.getKey().equals("HTTP/9.9")
                    || answer.status() == 501 && entry.getKey().startsWith("CONNECT ");
            if (answer.status() >= 500 && !protocol) {
                serverErrors.add(answer.status() + " for " + entry.getKey());
            }
            // what Tomcat refuses itself (an oversized or malformed request, an encoded NUL in the path) never reaches
            // Annals, whose first filter marks every answer: only Annals' own refusals can explain themselves
            boolean reachedAnnals = answer.head().contains("X-Content-Type-Options: nosniff");
            if (!reachedAnnals) {
                refusedByTomcat++;
            }
            boolean api = entry.getKey().startsWith("GET /api/");
            if (api && reachedAnnals && answer.status() >= 400 && answer.status() < 500
                    && !answer.head().contains("application/problem+json")) {
                unexplained.add(answer.status() + " without problem details for " + entry.getKey());
            }
        }
        System.out.println("Hostile requests: " + corpus.size() + " sent; answers by status (0 = connection closed "
                + "without an answer): " + statuses + "; refused by Tomcat before Annals: " + refusedByTomcat);
        assertThat(serverErrors).as("server errors among %d hostile requests", corpus.size()).isEmpty();
        assertThat(unexplained).isEmpty();
        assertThat(send(get("/api/v1/timelines")).status()).isEqualTo(200);
        assertThat(send(get("/timelines/russia-ukraine-war")).status()).isEqualTo(200);
    }
}
