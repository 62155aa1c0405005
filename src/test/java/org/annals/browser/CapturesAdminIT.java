package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.IntegrationTest;
import org.annals.security.SystemActor;
import org.annals.source.CaptureService;
import org.annals.source.internal.capture.CaptureJobs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators see the capture queue (issue 17): what waits, and each failed attempt with its reason. */
@IntegrationTest
class CapturesAdminIT {

    @LocalServerPort
    int port;
    @Autowired
    CaptureService captures;
    @Autowired
    CaptureJobs jobs;
    @Autowired
    org.annals.timeline.TimelineService timelines;
    @Autowired
    org.annals.security.AccountService accounts;

    @Test
    void an_administrator_sees_what_waits_and_why_a_capture_failed() throws Exception {
        String failing = "http://no-such-host.invalid/report-" + System.nanoTime();
        SystemActor.run(() -> captures.captureNow(failing));
        String waiting = "http://no-such-host.invalid/waiting-" + System.nanoTime();
        // due in an hour, so no scheduler of the test run picks it up meanwhile
        jobs.requestAt(waiting, java.time.Instant.now().plus(java.time.Duration.ofHours(1)));
        Browser browser = new Browser(port);
        try {
            // accounts of its own: the demo accounts' sign-ins are throttled across the test run (10 in 15 minutes)
            SystemActor.run(() -> accounts.createIfAbsent(new org.annals.security.NewAccount("captures-admin", "Captures admin",
                    org.annals.Teams.PASSWORD, java.util.Set.of(org.annals.security.Role.ADMIN))));
            browser.signIn("captures-admin", org.annals.Teams.PASSWORD);
            browser.open("/admin/captures");
            browser.until(d -> d.findElement(By.id("capture-queue")).getText().contains(waiting));
            assertThat(browser.textOf(By.id("captures-summary"))).contains("waiting or running");
            assertThat(browser.driver().findElement(By.id("capture-recent")).getText())
                    .contains(failing, "failed: the host no-such-host.invalid does not exist (DNS)");
        } finally {
            browser.close();
        }
    }

    @Test
    void an_editor_may_not_open_it() throws Exception {
        Browser browser = new Browser(port);
        try {
            org.annals.Teams.on(timelines, accounts, "russia-ukraine-war", "captures-editor:EDITOR");
            browser.signIn("captures-editor", org.annals.Teams.PASSWORD);
            browser.open("/admin/captures");
            browser.until(d -> d.findElements(By.id("capture-queue")).isEmpty()
                    && !d.findElement(By.tagName("body")).getText().isBlank());
            assertThat(browser.driver().findElements(By.id("capture-queue"))).isEmpty();
        } finally {
            browser.close();
        }
    }
}
