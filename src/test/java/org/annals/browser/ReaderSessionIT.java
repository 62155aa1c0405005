package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.annals.IntegrationTest;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Issue 16 (heap per reader session): what the server keeps for a reader of the public timeline, read from the real
 * container's sessions. A reader who opens the page in a background tab (as from a news site's link) must not leave
 * the answer that carried the list's HTML behind, and the page is built from few components.
 */
@IntegrationTest
class ReaderSessionIT {

    /** Components and their parts the page is made of: 60 (94 before the legend and download links became HTML). */
    private static final int MAX_STATE_NODES = 64;
    /** Vaadin keeps each UI's last answer for a resend; the first one carried 100 events' HTML (about 100 KB). */
    private static final int MAX_KEPT_ANSWER = 4_000;

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void a_reader_in_a_background_tab_leaves_a_small_session() throws Exception {
        List<VaadinSession> before = vaadinSessions();
        try (Browser browser = new Browser(port)) {
            browser.open("/timelines/russia-ukraine-war");
            browser.await(By.cssSelector("#events li"));
            // the reader reads on elsewhere: this tab's animation frames stop, its timers slow to one a second
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.driver().get("about:blank");
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<UI> readers = readerUis(before);
                assertThat(readers).hasSize(1);
                UI ui = readers.getFirst();
                int[] nodes = {0};
                String[] kept = {""};
                ui.getSession().accessSynchronously(() -> {
                    ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
                    kept[0] = String.valueOf(ui.getInternals().getLastRequestResponse());
                });
                assertThat(kept[0].length()).as("the last answer kept for a resend").isLessThan(MAX_KEPT_ANSWER);
                assertThat(nodes[0]).as("state nodes").isLessThanOrEqualTo(MAX_STATE_NODES);
            });
        }
    }

    private List<UI> readerUis(List<VaadinSession> before) {
        List<UI> uis = new ArrayList<>();
        for (VaadinSession session : vaadinSessions()) {
            if (!before.contains(session)) {
                session.accessSynchronously(() -> session.getUIs().stream()
                        .filter(ui -> ui.getInternals().getActiveViewLocation().getPath().startsWith("timelines/"))
                        .forEach(uis::add));
            }
        }
        return uis;
    }

    private List<VaadinSession> vaadinSessions() {
        Context app = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        List<VaadinSession> sessions = new ArrayList<>();
        for (Session session : app.getManager().findSessions()) {
            try {
                for (String name : Collections.list(session.getSession().getAttributeNames())) {
                    if (session.getSession().getAttribute(name) instanceof VaadinSession vaadin) {
                        sessions.add(vaadin);
                    }
                }
            } catch (IllegalStateException expired) {
                // ended while we looked
            }
        }
        return sessions;
    }
}
