package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.annals.Application;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventHistoryService;
import org.annals.event.EventRevision;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.annals.security.SystemActor;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The database goes away under a running instance and comes back: a PostgreSQL this test owns (embedded, on a port of
 * its own) is stopped in the middle of a session and started again on the same data. While it is down, the API
 * answers 503 with Retry-After, readiness says not ready, pages and saves fail within seconds instead of hanging; once
 * it is back the instance recovers by itself (ready again, the API answers, saves land, live notices flow again), and
 * every save acknowledged before the outage is still there with its history.
 */
class DatabaseOutageIT {

    /** Hikari waits 5 s for a connection (application.properties); a request may take that and a little more. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static EmbeddedPostgres postgres(File data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static EventContent content(String headline) {
        return new EventContent(headline, "Before, during and after an outage.", UncertainDate.parse("2024-05-01"), null,
                Place.UNKNOWN, Set.of(EventType.STATEMENT), Set.of(), Confidence.UNVERIFIED);
    }

    @Test
    void requests_fail_fast_while_the_database_is_down_and_the_instance_recovers_by_itself_with_every_save_kept()
            throws Exception {
        File data = Files.createTempDirectory("annals-outage-pg").toFile();
        int dbPort = freePort();
        EmbeddedPostgres database = postgres(data, dbPort);
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0", "--annals.db.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "--annals.db.username=postgres", "--annals.db.password=", "--annals.db.recreate=false",
                "--annals.seed.enabled=false", "--annals.demo-users.enabled=false", "--spring.main.banner-mode=off");
        // as in browser.TwoInstances: the other test contexts keep their holder strategy
        SecurityContextHolderStrategy holder = app.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(shared);
        try {
            int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
            TimelineService timelines = app.getBean(TimelineService.class);
            EventEditingService editing = app.getBean(EventEditingService.class);
            EventHistoryService history = app.getBean(EventHistoryService.class);
            LiveBus live = app.getBean(LiveBus.class);
            SystemActor.run(holder, () -> timelines.create(new NewTimeline("outage-desk", "Outage desk", null,
                    Visibility.PUBLIC)));
            EventDetails event = SystemActor.run(holder, () -> editing.importEvent("outage-desk", new ImportedEvent(
                    "outage-1", null, content("Saved before the outage"), List.of(), List.of(), List.of(),
                    EventStatus.PUBLISHED)).orElseThrow());
            List<String> acknowledged = new ArrayList<>();
            long version = event.version();
            for (int i = 1; i <= 20; i++) {
                long expected = version;
                String headline = "Acknowledged save " + i;
                version = SystemActor.run(holder, () -> editing.update(event.id(), expected, content(headline))).version();
                acknowledged.add(headline);
            }
            LinkedBlockingQueue<LiveNotice> notices = new LinkedBlockingQueue<>();
            var subscription = live.subscribe(notices::add);
            int connectsBefore = live.listenerConnects();
            assertThat(get(port, "/api/v1/timelines/outage-desk/events").statusCode()).isEqualTo(200);

            database.close();

            Instant down = Instant.now();
            // a page not asked for before the outage: one that was may still be answered from the copy kept in memory
            HttpResponse<String> api = get(port, "/api/v1/timelines/outage-desk/events?limit=7");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(Duration.between(down, Instant.now())).isLessThan(FAIL_FAST);
            Instant ready = Instant.now();
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(Duration.between(ready, Instant.now())).isLessThan(FAIL_FAST);
            // a page not yet read (no copy of it in memory), in Chromium: it says plainly to come back in a moment
            Instant page = Instant.now();
            try (Browser reader = new Browser(port)) {
                reader.open(event.permalinkPath());
                reader.until(d -> d.findElement(org.openqa.selenium.By.tagName("body")).getText()
                        .contains("Back in a moment"));
                assertThat(reader.textOf(org.openqa.selenium.By.tagName("body")))
                        .contains("Nothing that was saved is lost");
            }
            assertThat(Duration.between(page, Instant.now())).isLessThan(FAIL_FAST.plusSeconds(15));
            Instant save = Instant.now();
            long lastVersion = version;
            assertThatThrownBy(() -> SystemActor.run(holder, () -> editing.update(event.id(), lastVersion,
                    content("Never acknowledged")))).isInstanceOf(RuntimeException.class);
            assertThat(Duration.between(save, Instant.now())).isLessThan(FAIL_FAST);

            database = postgres(data, dbPort);

            Instant recovery = Instant.now();
            while (get(port, "/actuator/health/readiness").statusCode() != 200) {
                assertThat(Duration.between(recovery, Instant.now())).as("ready again").isLessThan(Duration.ofSeconds(90));
                TimeUnit.MILLISECONDS.sleep(500); // polling a server that is recovering: nothing on a page to wait for
            }
            // readers get the published text again (the saves since are a correction awaiting review)
            HttpResponse<String> back = get(port, "/api/v1/timelines/outage-desk/events");
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("Saved before the outage");
            List<String> recorded = SystemActor.run(holder, () -> history.revisions(event.id())).stream()
                    .map(EventRevision::headline).filter(h -> h.startsWith("Acknowledged")).toList();
            assertThat(recorded).containsExactlyInAnyOrderElementsOf(acknowledged);
            EventDetails current = SystemActor.run(holder, () -> editing.get(event.id()));
            assertThat(current.content().headline()).isEqualTo("Acknowledged save 20");
            // the listener reconnects on its own, and notices of new saves reach this instance again
            Instant reconnecting = Instant.now();
            while (live.listenerConnects() == connectsBefore) {
                assertThat(Duration.between(reconnecting, Instant.now())).as("listener back").isLessThan(Duration.ofSeconds(60));
                TimeUnit.MILLISECONDS.sleep(200); // the listener's own backoff: nothing on a page to wait for
            }
            notices.clear(); // what was announced before the outage, and the resync the reconnection announced
            EventDetails after = SystemActor.run(holder, () -> editing.update(event.id(), current.version(),
                    content("Saved after the outage")));
            LiveNotice notice;
            do {
                notice = notices.poll(60, TimeUnit.SECONDS);
                assertThat(notice).as("a live notice after the outage").isNotNull();
            } while (notice.eventId() != after.id().value());
            subscription.close();
        } finally {
            app.close();
            database.close();
        }
    }
}
