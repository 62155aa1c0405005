package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.security.AccountService;
import org.annals.security.NewAccount;
import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: an administrator makes an API token in the browser, copies it once, a script uses it, and the token stops
 * working the moment it is revoked on the page (after a confirmation); on a phone the list shows the way to revoke.
 */
@IntegrationTest
class ApiTokensJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    TimelineService timelines;

    @Test
    void a_token_made_on_the_page_works_for_a_script_until_it_is_revoked_there() throws Exception {
        Teams.on(timelines, accounts, "token-desk");
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount("token-admin", "Token admin", Teams.PASSWORD, Set.of(Role.ADMIN))));
        try (Browser admin = new Browser(port)) {
            admin.viewport(390, 844);
            admin.signIn("token-admin", Teams.PASSWORD);
            admin.open("/admin/tokens");
            admin.type("token-name", "nightly ACLED import");
            admin.click(By.id("token-create"));
            String token = admin.valueOf("token-secret");
            assertThat(token).startsWith("annals_");
            assertThat(admin.textOf(By.id("token-made"))).contains("shown this once");
            assertThat(admin.textOf(By.id("tokens"))).contains("nightly ACLED import").contains("Never");
            assertThat(status(token)).as("the script's first call").isEqualTo(200);

            admin.open("/admin/tokens");
            assertThat(admin.driver().findElements(By.id("token-secret"))).as("never shown again").isEmpty();
            admin.until(d -> !admin.textOf(By.id("tokens")).contains("Never"));
            By revoke = By.cssSelector("#tokens vaadin-button[id^=token-revoke-]");
            assertThat(admin.driver().findElement(revoke).getRect().getX() + 20).as("revoke is on a phone's screen").isLessThan(390);
            admin.click(revoke);
            assertThat(admin.textOf(By.id("token-revoke-confirm"))).as("asked first").contains("stops working at once");
            assertThat(status(token)).as("nothing revoked before the answer").isEqualTo(200);
            admin.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
            admin.until(d -> admin.textOf(By.id("tokens")).contains("Revoked"));
            assertThat(status(token)).as("revoked on the page, refused at once").isEqualTo(401);
        }
    }

    private int status(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/timelines/token-desk/imports")).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
