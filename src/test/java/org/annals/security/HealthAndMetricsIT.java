package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a load balancer and a metrics scraper get: liveness and readiness for anyone (the status and nothing else), and
 * Prometheus metrics only for an administrator signing in with HTTP Basic; no session either way.
 */
@IntegrationTest
class HealthAndMetricsIT {

    private static final String ADMIN = "metrics-admin";
    private static final String PASSWORD = "metrics-password-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void liveness_and_readiness_answer_anyone_with_the_status_only() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "details");
            assertThat(response.headers().firstValue("Set-Cookie")).as(probe).isEmpty();
        }
    }

    @Test
    void metrics_need_an_administrator() throws Exception {
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount(ADMIN, "Metrics", PASSWORD, Set.of(Role.ADMIN))));
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount("metrics-editor", "Editor", PASSWORD,
                Set.of(Role.EDITOR))));

        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Authorization", basic("metrics-editor", PASSWORD)).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", "Authorization", basic(ADMIN, "wrong password 2026")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> metrics = get("/actuator/prometheus", "Authorization", basic(ADMIN, PASSWORD));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds");
        assertThat(metrics.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
