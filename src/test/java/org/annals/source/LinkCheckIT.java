package org.annals.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.IntegrationTest;
import org.annals.security.SystemActor;
import org.annals.source.LinkHealth.State;
import org.annals.timeline.TimelineId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The link check (issue 17) against an origin server on this machine: a page still there, gone (404, 410, its site no
 * longer in DNS, sent to the home page), moved for good, redirected for a while or to https/a final slash (the same
 * page), or answering with an error (unreachable, never "gone"); a state keeps the date it began; the periodic check
 * takes the cited links due, and records nothing when none of them answered (this server's network is down, not the
 * sites).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCheckIT {

    @Autowired
    CaptureService captures;
    @Autowired
    SourceService sources;
    @Autowired
    JdbcClient jdbc;

    HttpServer origin;
    String base;
    final AtomicInteger flipping = new AtomicInteger(404);

    @BeforeAll
    void startOrigin() throws IOException {
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        origin.createContext("/", e -> answer(e, e.getRequestURI().getPath().equals("/") ? 200 : 404));
        origin.createContext("/page", e -> answer(e, 200));
        origin.createContext("/deleted", e -> answer(e, 404));
        origin.createContext("/withdrawn", e -> answer(e, 410));
        origin.createContext("/busy", e -> answer(e, 503));
        origin.createContext("/forbidden", e -> answer(e, 403));
        origin.createContext("/old-address", e -> redirect(e, 301, "/new/address"));
        origin.createContext("/new/address", e -> answer(e, 200));
        origin.createContext("/for-a-while", e -> redirect(e, 302, "/page"));
        origin.createContext("/slash", e -> redirect(e, 308, e.getRequestURI().getPath().endsWith("/") ? null : "/slash/"));
        origin.createContext("/buried", e -> redirect(e, 301, "/"));
        origin.createContext("/flipping", e -> answer(e, flipping.get()));
        origin.start();
        base = "http://127.0.0.1:" + origin.getAddress().getPort();
    }

    @AfterAll
    void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void each_answer_reads_as_there_gone_moved_or_unreachable() {
        assertThat(check("/page")).extracting(LinkHealth::state, LinkHealth::httpStatus).containsExactly(State.OK, 200);
        assertThat(check("/deleted")).extracting(LinkHealth::state, LinkHealth::httpStatus).containsExactly(State.GONE, 404);
        assertThat(check("/withdrawn")).extracting(LinkHealth::state, LinkHealth::httpStatus).containsExactly(State.GONE, 410);
        assertThat(check("/buried")).extracting(LinkHealth::state, LinkHealth::detail)
                .containsExactly(State.GONE, "sent to the site's home page");
        LinkHealth moved = check("/old-address");
        assertThat(moved.state()).isEqualTo(State.MOVED);
        assertThat(moved.movedTo()).isEqualTo(base + "/new/address");
        // a temporary redirect, or a final slash added for good, is the same page
        assertThat(check("/for-a-while").state()).isEqualTo(State.OK);
        assertThat(check("/slash").state()).isEqualTo(State.OK);
        // errors and refusals may pass: never "gone"
        assertThat(check("/busy")).extracting(LinkHealth::state, LinkHealth::httpStatus).containsExactly(State.UNREACHABLE, 503);
        assertThat(check("/forbidden").state()).isEqualTo(State.UNREACHABLE);
        LinkHealth noSite = SystemActor.run(() -> captures.checkLink("http://annals-link-check.invalid/article"));
        assertThat(noSite.state()).isEqualTo(State.GONE);
        assertThat(noSite.httpStatus()).isNull();
        assertThat(noSite.detail()).contains("DNS");
        assertThat(SystemActor.run(() -> captures.checkLink("ftp://example.org/file")).state()).isEqualTo(State.UNREACHABLE);
    }

    @Test
    void a_state_keeps_the_date_it_began_until_the_answer_changes() {
        flipping.set(404);
        LinkHealth first = check("/flipping");
        LinkHealth again = check("/flipping");
        assertThat(again.state()).isEqualTo(State.GONE);
        assertThat(again.since()).isEqualTo(first.since());
        assertThat(again.checkedAt()).isAfterOrEqualTo(first.checkedAt());

        flipping.set(200);
        LinkHealth back = check("/flipping");
        assertThat(back.state()).isEqualTo(State.OK);
        assertThat(back.since()).isEqualTo(back.checkedAt()).isAfterOrEqualTo(again.checkedAt());
        assertThat(SystemActor.run(() -> captures.linkHealth(java.util.List.of(base + "/flipping", base + "/never-checked"))))
                .containsOnlyKeys(base + "/flipping");
    }

    @Test
    void the_periodic_check_takes_the_cited_links_due_and_suspects_its_own_network_when_none_answers() throws IOException {
        // every link cited so far (the seed's real ones among them) counts as checked just now: only this test's are due
        jdbc.sql("insert into link_health (url, state, since, checked_at) select distinct url, 'OK', now(), now() from source"
                + " on conflict (url) do update set checked_at = now()").update();
        TimelineId timeline = TimelineId.of(jdbc.sql("select id from timeline where slug = 'russia-ukraine-war'").query(Long.class).single());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        // three cited links on a port nobody listens on: none answers, so nothing is recorded
        for (int i = 0; i < 3; i++) {
            cite("http://127.0.0.1:" + closedPort + "/story-" + i, timeline);
        }
        assertThat(SystemActor.run(() -> captures.checkDueLinks())).isZero();
        assertThat(SystemActor.run(() -> captures.linkHealth(java.util.List.of("http://127.0.0.1:" + closedPort + "/story-0")))).isEmpty();

        // once one of them answers, all are recorded: the others are unreachable, not gone
        cite(base + "/deleted?cited=periodic", timeline);
        assertThat(SystemActor.run(() -> captures.checkDueLinks())).isEqualTo(4);
        assertThat(SystemActor.run(() -> captures.linkHealth(java.util.List.of(base + "/deleted?cited=periodic",
                "http://127.0.0.1:" + closedPort + "/story-1")))).satisfies(found -> {
                    assertThat(found.get(base + "/deleted?cited=periodic").state()).isEqualTo(State.GONE);
                    assertThat(found.get("http://127.0.0.1:" + closedPort + "/story-1").state()).isEqualTo(State.UNREACHABLE);
                });
        assertThat(SystemActor.run(() -> captures.checkDueLinks())).as("nothing is due again until a week has passed").isZero();
        assertThat(SystemActor.run(() -> captures.troubledLinks(500))).extracting(LinkHealth::url)
                .contains(base + "/deleted?cited=periodic").doesNotContain(base + "/page");
    }

    private void cite(String url, TimelineId timeline) {
        SystemActor.run(() -> sources.cite(timeline, new SourceInput(url, null, null, null, null, null)));
    }

    private LinkHealth check(String path) {
        return SystemActor.run(() -> captures.checkLink(base + path));
    }

    private static void answer(HttpExchange e, int status) throws IOException {
        byte[] body = ("<p>" + status + "</p>").getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "text/html");
        e.sendResponseHeaders(status, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange e, int status, String location) throws IOException {
        if (location == null) {
            answer(e, 200);
            return;
        }
        e.getResponseHeaders().add("Location", location);
        e.sendResponseHeaders(status, -1);
        e.close();
    }
}
