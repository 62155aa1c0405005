package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers every answer carries, on each kind of route, whichever part of the app writes it (before this, the
 * start page and the sign-in page, which Vaadin answers itself, carried neither nosniff nor no-store).
 */
@IntegrationTest
class SecurityHeadersIT {

    private static final List<String> PAGES = List.of("/", "/login", "/timelines/russia-ukraine-war",
            "/timelines/russia-ukraine-war/events/2022-04-02-bodies-of-civilians-found-bucha",
            "/timelines/russia-ukraine-war/corrections", "/editor/events", "/no-such-page");
    private static final List<String> OTHERS = List.of("/api/v1/timelines", "/sitemap.xml", "/robots.txt",
            "/actuator/health/readiness", "/v3/api-docs");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<Void> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String header(HttpResponse<Void> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void every_page_is_not_sniffed_not_framed_elsewhere_not_stored_and_sends_only_its_origin_on() throws Exception {
        for (String path : PAGES) {
            HttpResponse<Void> response = get(path);
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(header(response, "X-Frame-Options")).as(path).isIn("DENY", "SAMEORIGIN");
            assertThat(header(response, "Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void the_api_sitemaps_and_health_keep_their_own_caching_and_the_embed_may_be_framed() throws Exception {
        for (String path : OTHERS) {
            HttpResponse<Void> response = get(path);
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
        assertThat(header(get("/api/v1/timelines"), "Cache-Control")).doesNotContain("no-store");
        HttpResponse<Void> embed = get("/embed/russia-ukraine-war");
        assertThat(header(embed, "X-Frame-Options")).isEmpty();
        assertThat(header(embed, "Content-Security-Policy")).contains("frame-ancestors *");
        assertThat(header(embed, "Cache-Control")).contains("public");
        assertThat(header(embed, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_framework_request_vaadin_cannot_place_gets_its_4xx_not_a_server_error() throws Exception {
        for (String accept : new String[] {"*/*", "text/html", "application/json"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/?v-r=oldbrowser")).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(accept).isBetween(400, 499);
        }
    }

    /**
     * Every page's scripts run by a nonce that is new for each answer and named in its policy; anything else may run
     * scripts from Annals only; no page may be framed elsewhere and nothing is loaded from another origin. (That
     * Vaadin's screens work under it is checked in Chromium by every browser test: see browser.Browser.)
     */
    @Test
    void every_answer_has_a_content_security_policy_and_pages_name_a_fresh_nonce_for_each_of_their_scripts()
            throws Exception {
        for (String path : PAGES) {
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (first.statusCode() != 200) {
                continue; // a redirect to the sign-in page, which is checked itself
            }
            String policy = first.headers().firstValue("Content-Security-Policy").orElse("");
            var nonce = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
            assertThat(nonce.find()).as(path + ": " + policy).isTrue();
            assertThat(policy).as(path).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'").doesNotContain("*");
            var scripts = org.jsoup.Jsoup.parse(first.body()).select("script");
            assertThat(scripts).as(path).isNotEmpty()
                    .allSatisfy(script -> assertThat(script.attr("nonce")).as(path).isEqualTo(nonce.group(1)));
            String again = header(get(path), "Content-Security-Policy");
            assertThat(again).as(path + ": a nonce is used once").doesNotContain(nonce.group(1));
        }
        for (String path : OTHERS) {
            assertThat(header(get(path), "Content-Security-Policy")).as(path)
                    .startsWith("script-src 'self'; ").contains("frame-ancestors 'none'");
        }
        // Strict-Transport-Security only where configured (behind TLS): not here
        assertThat(header(get("/"), "Strict-Transport-Security")).isEmpty();
    }
}
