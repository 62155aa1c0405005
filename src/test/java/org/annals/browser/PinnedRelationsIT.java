package org.annals.browser;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.annals.Desk;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.RelationKind;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A pinned revision keeps the relations it was published with (V0025): its own, and those the other events had to
 * it at that moment, each leading to the other event as published then — in the API and on the reader's page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PinnedRelationsIT {

    private static final String DESK = "pinned-relations";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    JdbcClient jdbc;

    private Desk desk;
    private EventDetails campaign;
    private EventDetails battle;
    private Browser browser;

    /**
     * battle r1 (no relation) · campaign r1 "Summer campaign" · battle r2 "is part of" campaign · campaign r2 renamed
     * "Southern campaign" · battle r3 without the relation.
     */
    @BeforeAll
    void history() throws Exception {
        desk = new Desk(DESK, timelines, accounts, editing, workflow);
        battle = desk.publish(Desk.content("2023-06-12", "Battle at the river", "First text"));
        campaign = desk.publish(Desk.content("2023-06", "Summer campaign", "A campaign"));
        as(DESK + "-ed", "EDITOR", () -> editing.relate(battle.id(), RelationKind.PART_OF, campaign.id()));
        battle = approveAsIs(battle);
        campaign = desk.correct(campaign, Desk.content("2023-06", "Southern campaign", "A campaign"), "Renamed");
        long relation = as(DESK + "-ed", "EDITOR", () -> editing.relations(battle.id())).getFirst().id();
        as(DESK + "-ed", "EDITOR", () -> editing.unrelate(battle.id(), relation));
        battle = approveAsIs(battle);
        browser = new Browser(port);
    }

    @AfterAll
    void close() {
        browser.close();
    }

    private EventDetails approveAsIs(EventDetails event) {
        EventDetails pending = as(DESK + "-ed", "EDITOR", () -> editing.get(event.id()));
        EventDetails sent = as(DESK + "-ed", "EDITOR", () -> workflow.submit(pending.id(), pending.version(), "Relations"));
        return as(DESK + "-rev", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
    }

    private JsonNode pinned(EventDetails event, int revision) throws Exception {
        String path = "/api/v1/timelines/" + DESK + "/events/" + event.slug() + "/revisions/" + revision;
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode relationsOf(EventDetails event, int revision) throws Exception {
        return pinned(event, revision).get("event").get("relations");
    }

    @Test
    void each_revision_shows_the_relations_it_was_published_with_and_the_other_event_as_it_was_then() throws Exception {
        assertThat(relationsOf(battle, 1).isEmpty()).isTrue();
        JsonNode partOf = relationsOf(battle, 2);
        assertThat(partOf.size()).isEqualTo(1);
        assertThat(partOf.get(0).get("relation").asString()).isEqualTo("is part of");
        // the campaign was renamed after this revision: it is shown by the name it had then, pinned to that revision
        assertThat(partOf.get(0).get("headline").asString()).isEqualTo("Summer campaign");
        assertThat(partOf.get(0).get("permalink").asString()).endsWith("/events/" + campaign.slug() + "?revision=1");
        assertThat(relationsOf(battle, 3).isEmpty()).isTrue();

        // incoming: the campaign's first revision predates the relation; its second was published while it held
        assertThat(relationsOf(campaign, 1).isEmpty()).isTrue();
        JsonNode includes = relationsOf(campaign, 2);
        assertThat(includes.size()).isEqualTo(1);
        assertThat(includes.get(0).get("relation").asString()).isEqualTo("includes");
        assertThat(includes.get(0).get("permalink").asString()).endsWith("/events/" + battle.slug() + "?revision=2");
    }

    @Test
    void a_revision_from_before_relations_were_kept_says_so() throws Exception {
        EventDetails old = desk.publish(Desk.content("2023-05-01", "Published before V0025", "Text"));
        jdbc.sql("update published_revision set relations_kept = false where event_id = :id").param("id", old.id().value()).update();

        assertThat(relationsOf(old, 1).isNull()).isTrue();
        browser.open(old.permalinkPath() + "?revision=1");
        assertThat(browser.textOf(By.id("relations-not-kept"))).contains("was not recorded");
    }

    @Test
    void incoming_relations_from_revisions_made_before_they_were_kept_are_flagged_as_possibly_missing() throws Exception {
        EventDetails target = desk.publish(Desk.content("2023-07-01", "Target of an old relation", "Text"));
        EventDetails source = desk.publish(Desk.content("2023-07-02", "Source published before V0025", "Text"));
        as(DESK + "-ed", "EDITOR", () -> editing.relate(source.id(), RelationKind.FOLLOWS, target.id()));
        approveAsIs(source);
        EventDetails again = desk.correct(target, Desk.content("2023-07-01", "Target of an old relation", "Text 2"), "Fix");
        // as if the source's revisions, among them the one valid when the target's revision 2 was published, had been
        // made before relations were kept (a database migrated to V0025)
        jdbc.sql("update published_revision set relations_kept = false where event_id = :id").param("id", source.id().value()).update();

        assertThat(pinned(again, 2).get("relationsComplete").asBoolean()).isFalse();
        assertThat(pinned(campaign, 2).get("relationsComplete").asBoolean()).isTrue();
        browser.open(again.permalinkPath() + "?revision=2");
        assertThat(browser.textOf(By.id("relations-incomplete"))).contains("may be missing");
    }

    @Test
    void a_reader_follows_a_pinned_relation_to_the_other_event_as_it_was_then() {
        browser.open(battle.permalinkPath() + "?revision=2");
        assertThat(browser.textOf(By.id("relations"))).contains("is part of").contains("Summer campaign");
        browser.click(By.cssSelector("#relations a"));
        browser.until(d -> d.getCurrentUrl().endsWith(campaign.slug() + "?revision=1"));
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("Summer campaign");
        assertThat(browser.textOf(By.id("revision-notice"))).contains("revision 1");

        // today's page has no relation any more, and says nothing of unrecorded ones
        browser.open(battle.permalinkPath());
        browser.await(By.tagName("h1"));
        assertThat(browser.driver().findElements(By.id("relations"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("relations-not-kept"))).isEmpty();
    }
}
