package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.security.internal.LoginThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in form as an attacker would try it: guessing one account's password stops after
 * {@link LoginThrottle#PER_ACCOUNT} tries (the right password then waits too, and the answer is the same for an
 * account that does not exist), a form posted from another site signs nobody in, and the session cookie is SameSite.
 */
@IntegrationTest
class SignInProtectionIT {

    private static final String PASSWORD = "sign-in-password-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> signIn(String username, String password, String origin) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String here() {
        return "http://localhost:" + port;
    }

    private void account(String username) {
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount(username, username, PASSWORD, Set.of(Role.EDITOR))));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void guessing_one_password_stops_and_then_even_the_right_one_waits() throws Exception {
        account("throttle-victim");
        account("throttle-bystander");

        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(location(signIn("throttle-victim", "guess number " + i, here()))).contains("/login?error");
        }
        HttpResponse<String> right = signIn("throttle-victim", PASSWORD, here());
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(location(right)).contains("/login?throttled=");
        // an account that does not exist gets the same answer once guessed as often: nothing to tell them apart
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            signIn("throttle-nobody", "guess number " + i, here());
        }
        assertThat(location(signIn("throttle-nobody", PASSWORD, here()))).contains("/login?throttled=");
        // someone else on the same network still signs in
        HttpResponse<String> bystander = signIn("throttle-bystander", PASSWORD, here());
        assertThat(location(bystander)).doesNotContain("/login");
    }

    @Test
    void a_sign_in_form_posted_from_another_site_signs_nobody_in() throws Exception {
        account("csrf-target");

        HttpResponse<String> forged = signIn("csrf-target", PASSWORD, "http://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<String> sandboxed = signIn("csrf-target", PASSWORD, "null");
        assertThat(sandboxed.statusCode()).isEqualTo(403);

        HttpResponse<String> own = signIn("csrf-target", PASSWORD, here());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(location(own)).doesNotContain("/login");
        assertThat(own.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void the_session_cookie_is_not_sent_with_other_sites_requests() throws Exception {
        account("cookie-owner");

        HttpResponse<String> own = signIn("cookie-owner", PASSWORD, here());
        assertThat(own.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty().allMatch(c -> c.contains("SameSite=Lax") && c.contains("HttpOnly"));
    }
}
