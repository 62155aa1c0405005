package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Instant;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventLinks;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.SystemActor;
import org.annals.shared.UncertainDate;
import org.annals.source.LinkHealth;
import org.annals.source.SourceInput;
import org.annals.source.SourceService;
import org.annals.source.internal.capture.LinkHealthStore;
import org.annals.source.internal.capture.LinkVerdict;
import org.annals.timeline.TimelineId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: a timeline's sources screen — every cited page with how many events cite it, its archived copy and link
 * health, the events citing it a click away, a search, and two spellings of one address marked as likely duplicates.
 */
@IntegrationTest
class SourcesIT {

    private static final String CALITODAY = "https://www.calitoday.net/2025/10/russia-declares-post-summit-peace.html";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SourceService sources;
    @Autowired
    LinkHealthStore linkHealth;
    @Autowired
    org.annals.timeline.TimelineService timelines;
    @Autowired
    EventEditingService editing;
    @Autowired
    org.annals.security.AccountService accounts;

    @Test
    void an_editor_finds_a_source_sees_who_cites_it_and_its_health_and_its_other_spellings() throws Exception {
        TimelineId timeline = TimelineId.of(jdbc.sql("select id from timeline where slug = 'russia-ukraine-war'").query(Long.class).single());
        SystemActor.run(() -> sources.cite(timeline, new SourceInput("https://www.example.org/sources-it/story/", null, null, null, null, null)));
        SystemActor.run(() -> sources.cite(timeline, new SourceInput("http://example.org/sources-it/story?utm_source=feed#top", null, null, null, null, null)));
        linkHealth.record(CALITODAY, new LinkVerdict(LinkHealth.State.GONE, 410, "HTTP 410", null), Instant.parse("2026-12-05T08:00:00Z"));
        long sourcesCited = jdbc.sql("select count(*) from source where timeline_id = :t").param("t", timeline.value()).query(Long.class).single();
        // the seed cites it on ten events; counted here, as another test may have merged one of them
        long citing = jdbc.sql("""
                select count(distinct e.id) from citation c join source s on s.id = c.source_id join timeline_event e on e.id = c.event_id
                where s.url = :url and e.status <> 'MERGED'""").param("url", CALITODAY).query(Long.class).single();

        Browser browser = new Browser(port);
        try {
            Teams.on(timelines, accounts, "russia-ukraine-war", "sources-editor:EDITOR");
            browser.signIn("sources-editor", Teams.PASSWORD);
            browser.open("/editor/sources");
            browser.until(d -> browser.textOf(By.id("sources-summary")).startsWith(sourcesCited + " sources;"));
            assertThat(browser.textOf(By.id("sources-summary"))).contains("2 likely duplicates");

            // the two spellings of one address are found together and marked
            browser.type("sources-search", "example.org/sources-it");
            browser.until(d -> browser.textOf(By.id("sources-summary")).startsWith("2 sources;"));
            assertThat(browser.textOf(By.id("sources-grid"))).contains("same address as another");

            // the page the seed cites most (ten events), its link gone since the check found it so
            browser.type("sources-search", "calitoday");
            browser.until(d -> browser.textOf(By.id("sources-summary")).startsWith("1 source;"));
            String row = browser.textOf(By.id("sources-grid"));
            assertThat(citing).isGreaterThan(5);
            assertThat(row).contains("CaliToday", String.valueOf(citing), "gone since 2026-12-05 08:00 UTC (HTTP 410)");
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='CaliToday']"));
            browser.until(d -> !d.findElements(By.cssSelector(".annals-citing-events a")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector(".annals-citing-events a"))).hasSize((int) citing)
                    .anySatisfy(a -> assertThat(a.getText()).startsWith("Deputy FM Ryabkov says the momentum"))
                    .allSatisfy(a -> assertThat(a.getDomAttribute("href")).matches("/editor/events/\\d+"));

            // a draft citing the second spelling is made to cite the first by a merge from the row
            String variant = "http://example.org/sources-it/story?utm_source=feed#top";
            EventDetails draft = SignedIn.as("sources-editor", "EDITOR", () -> editing.createDraft("russia-ukraine-war",
                    new EventContent("Sources screen merge " + java.util.UUID.randomUUID(), null, UncertainDate.parse("2024-05-05"),
                            null, Place.UNKNOWN, java.util.Set.of(EventType.STATEMENT), java.util.Set.of(), Confidence.UNVERIFIED),
                    new EventLinks(java.util.List.of(), java.util.List.of(new CitationInput(new SourceInput(variant, null, null,
                            null, null, null), null, null, CitationStance.AGREES)), java.util.List.of())));
            browser.type("sources-search", "example.org/sources-it");
            browser.until(d -> browser.textOf(By.id("sources-summary")).startsWith("2 sources;"));
            browser.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + variant + "']"));
            browser.click(By.cssSelector("vaadin-button.annals-merge-source"));
            browser.until(d -> browser.textOf(By.id("source-merged")).startsWith(
                    "Every event now cites https://www.example.org/sources-it/story/: 1 draft(s) changed"));
            assertThat(jdbc.sql("select s.url from citation c join source s on s.id = c.source_id where c.event_id = :e")
                    .param("e", draft.id().value()).query(String.class).list()).containsExactly("https://www.example.org/sources-it/story/");

        } finally {
            browser.close();
            linkHealth.record(CALITODAY, new LinkVerdict(LinkHealth.State.OK, 200, "HTTP 200", null), Instant.now());
        }
    }
}
