package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventSort;
import org.annals.importexport.AcledRows;
import org.annals.security.AccountService;
import org.annals.security.ApiTokenService;
import org.annals.security.NewAccount;
import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.annals.timeline.TimelineService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 18's import API: an administrator's API token sends a data set export, follows its check, confirms it and
 * reads the report, over real HTTP; without a valid administrator's token nothing is read or stored.
 */
@IntegrationTest
class ImportApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void an_administrators_token_sends_a_file_follows_its_check_confirms_it_and_reads_the_report() throws Exception {
        desk("api-desk", "api-admin");
        String token = SignedIn.as("api-admin", "ADMIN", () -> tokens.create("nightly ACLED import")).secret();
        assertThat(token).startsWith("annals_").hasSizeGreaterThan(40);

        HttpResponse<String> sent = send(post("/api/v1/timelines/api-desk/imports?name=acled-week.csv", token,
                AcledRows.generated(5, "API-")));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/v1/timelines/api-desk/imports/[0-9]+");
        assertThat(body(sent).get("fileName").asString()).isEqualTo("acled-week.csv");
        JsonNode checked = waitFor(location, token, "ready");
        assertThat(checked.get("rowsNew").asInt()).isEqualTo(5);
        assertThat(checked.get("createdBy").asString()).isEqualTo("api-admin");
        assertThat(rows("api-desk")).as("nothing stored before it is confirmed").isZero();

        HttpResponse<String> confirmed = send(post(location + "/confirm", token, ""));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(202);
        JsonNode done = waitFor(location, token, "done");
        assertThat(done.get("eventsCreated").asInt()).isEqualTo(5);
        assertThat(rows("api-desk")).isEqualTo(5);

        HttpResponse<String> listed = send(get("/api/v1/timelines/api-desk/imports", token));
        assertThat(body(listed).get(0).get("id").asLong()).isEqualTo(done.get("id").asLong());
        HttpResponse<String> refused = send(get(location + "/refused", token));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(refused.body()).isEqualTo("\uFEFFline,event_id_cnty,reason\r\n");
        assertThat(SignedIn.as("api-admin", "ADMIN", () -> tokens.mine())).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).as("when it was last used is shown").isNotNull());
    }

    @Test
    void without_a_valid_administrators_token_nothing_is_read_or_stored() throws Exception {
        desk("api-closed", "api-boss");
        Teams.on(timelines, accounts, "api-closed", "api-editor:EDITOR");
        String csv = AcledRows.generated(2, "NO-");
        String imports = "/api/v1/timelines/api-closed/imports";

        HttpResponse<String> none = send(HttpRequest.newBuilder(uri(imports)).POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(body(none).get("detail").asString()).contains("Authorization: Bearer");
        assertThat(send(post(imports, "annals_" + "x".repeat(43), csv)).statusCode()).as("an unknown token").isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("api-boss:" + Teams.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(send(HttpRequest.newBuilder(uri(imports)).header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build()).statusCode()).as("a password is no token").isEqualTo(401);
        assertThatThrownBy(() -> SignedIn.as("api-editor", "EDITOR", () -> tokens.create("mine")))
                .as("only administrators make tokens").isInstanceOf(AccessDeniedException.class);

        var revoked = SignedIn.as("api-boss", "ADMIN", () -> tokens.create("old script"));
        assertThat(SignedIn.as("api-boss", "ADMIN", () -> tokens.revoke(revoked.id()))).isTrue();
        assertThat(send(post(imports, revoked.secret(), csv)).statusCode()).as("a revoked token").isEqualTo(401);

        String token = SignedIn.as("api-boss", "ADMIN", () -> tokens.create("script")).secret();
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri(imports)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString("--x--")).build());
        assertThat(form.statusCode()).as("a form is not the file").isEqualTo(415);
        HttpResponse<String> curlsDefault = send(HttpRequest.newBuilder(uri(imports + "?name=week.csv")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
        assertThat(curlsDefault.statusCode()).as("curl's default type, not a file's").isEqualTo(415);
        HttpResponse<String> oddName = send(post(imports + "?name=%3Cb%3Eweek%3C/b%3E%00" + "a".repeat(5_000), token, csv));
        assertThat(oddName.statusCode()).as("a name with a NUL and 5,000 characters: " + oddName.body()).isEqualTo(202);
        assertThat(body(oddName).get("fileName").asString()).startsWith("<b>week</b>a").hasSize(300).doesNotContain("\u0000");
        send(post(imports + "/" + body(oddName).get("id").asLong() + "/discard", token, ""));
        HttpResponse<String> noise = send(post(imports + "?name=noise.csv", token, "this is not an export\n1,2,3\n"));
        assertThat(waitFor(noise.headers().firstValue("Location").orElseThrow(), token, "refused").get("error").asString())
                .contains("Not an ACLED export");
        assertThat(send(get("/api/v1/timelines/api-desk-of-nobody/imports/" + body(noise).get("id").asLong(), token)).statusCode())
                .as("a job seen through another timeline").isEqualTo(404);
        assertThat(send(get(imports + "/999999999", token)).statusCode()).isEqualTo(404);

        jdbc.update("update app_user set roles = '{EDITOR}' where username = 'api-boss'");
        HttpResponse<String> demoted = send(post(imports, token, csv));
        assertThat(demoted.statusCode()).as("the account is no longer an administrator").isEqualTo(403);
        assertThat(rows("api-closed")).isZero();
    }

    /** A timeline and an administrator (an account role: administrators are on no team). */
    private void desk(String slug, String administrator) {
        Teams.on(timelines, accounts, slug);
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount(administrator, administrator, Teams.PASSWORD,
                java.util.Set.of(Role.ADMIN))));
    }

    private JsonNode waitFor(String location, String token, String state) {
        JsonNode job = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> body(send(get(location, token))), j -> j.get("state").asString().equals(state)
                        || !java.util.List.of("checking", "importing").contains(j.get("state").asString()));
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo(state);
        return job;
    }

    private int rows(String timeline) {
        return SystemActor.run(() -> editing.rows(timeline, EventFilter.ALL, EventSort.DATE_ASC, 0, 100)).size();
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
