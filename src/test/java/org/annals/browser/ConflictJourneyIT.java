package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No lost work, in two browsers: two editors change the same draft; the second save is not an overwrite but a
 * dialog showing what the other changed, and applying one's own changes on top keeps both. Also: each role
 * reaches only its own screens.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    EventEditingService editing;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    Browser first;
    Browser second;

    @BeforeAll
    void openBrowsers() throws Exception {
        Teams.on(timelines, accounts, "conflict-desk", "ana:EDITOR", "ben:EDITOR");
        first = new Browser(port);
        second = new Browser(port);
    }

    @AfterAll
    void closeBrowsers() {
        first.close();
        second.close();
    }

    @Test
    void the_second_save_shows_their_text_for_each_field_they_changed_and_keeps_both_edits() {
        EventDetails draft = SignedIn.as("ana", "EDITOR", () -> editing.createDraft("conflict-desk", new EventContent(
                "Convoy shelled near Kupiansk", null, UncertainDate.parse("2024-09"), null, Place.UNKNOWN,
                Set.of(EventType.MILITARY), Set.of(), Confidence.UNVERIFIED)));
        String page = "/editor/events/" + draft.id();
        first.signIn("ana", Teams.PASSWORD);
        second.signIn("ben", Teams.PASSWORD);
        first.open(page);
        second.open(page);
        first.await(By.id("save"));
        second.await(By.id("save"));

        // both are at work: ben's page holds unsaved text, so ana's save is announced there, not shown over it
        // (the summary is sent when the field is left; the headline only once typing pauses, which a test can race)
        second.type("summary", "Two trucks of an aid convoy were hit." + org.openqa.selenium.Keys.TAB);
        second.until(d -> Boolean.FALSE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())")));
        first.type("start", "2024-09-14");
        first.type("summary", "Reported by the regional governor.");
        first.click(By.id("save"));
        first.until(d -> first.textOf(By.id("workflow-status")).equals("Status: draft") && first.valueOf("start").equals("2024-09-14"));

        second.until(d -> second.textOf(By.id("live-notice")).contains("ana just saved this event"));
        assertThat(second.valueOf("summary")).isEqualTo("Two trucks of an aid convoy were hit.");
        second.type("headline", "Aid convoy shelled near Kupiansk");
        second.click(By.id("save"));
        String dialog = second.textOf(By.id("conflict"));
        assertThat(dialog).contains("ana saved it after you opened it").contains("They changed: Summary, Start")
                .contains("You both changed: Summary");
        // their text in full, not only the field's name; and, where both changed it, mine beside it
        assertThat(second.driver().findElements(By.cssSelector("#conflict .conflict-theirs, vaadin-dialog-overlay .conflict-theirs"))
                .stream().map(e -> e.getDomProperty("textContent")).toList())
                .anySatisfy(t -> assertThat(t).isEqualTo("Theirs: Reported by the regional governor."))
                .anySatisfy(t -> assertThat(t).startsWith("Theirs: 14 Sep 2024").contains("2024-09-14"));
        assertThat(dialog).contains("Yours: Two trucks of an aid convoy were hit.");
        second.click(By.id("apply-mine"));

        second.until(d -> second.valueOf("start").equals("2024-09-14"));
        EventDetails merged = SignedIn.as("ana", "EDITOR", () -> editing.get(draft.id()));
        assertThat(merged.content().headline()).isEqualTo("Aid convoy shelled near Kupiansk");
        assertThat(merged.content().summary()).isEqualTo("Two trucks of an aid convoy were hit.");
        assertThat(merged.content().start()).isEqualTo(UncertainDate.parse("2024-09-14"));
    }

    /** Save → Relate → Save → Submit by one editor: each step is theirs, none is "someone else saved this event". */
    @Test
    void an_editors_own_relations_never_count_as_someone_elses_change() {
        Teams.on(timelines, accounts, "conflict-desk", "fay:EDITOR");
        EventDetails campaign = SignedIn.as("fay", "EDITOR", () -> editing.createDraft("conflict-desk", new EventContent(
                "Kharkiv counteroffensive", null, UncertainDate.parse("2022-09"), null, Place.UNKNOWN,
                Set.of(EventType.MILITARY), Set.of(), Confidence.VERIFIED)));
        EventDetails battle = SignedIn.as("fay", "EDITOR", () -> editing.createDraft("conflict-desk", new EventContent(
                "Balakliia retaken", null, UncertainDate.parse("2022-09"), null, Place.UNKNOWN,
                Set.of(EventType.MILITARY), Set.of(), Confidence.VERIFIED)));
        first.signOut();
        first.signIn("fay", Teams.PASSWORD);
        first.open("/editor/events/" + battle.id());
        first.await(By.id("save"));

        first.type("start", "2022-09-08");
        first.type("change-message", "Dated to the day");
        first.click(By.id("save"));
        // saved once the message is taken (the form is read afresh, the panels below drawn again)
        first.until(d -> first.valueOf("change-message").isEmpty());

        first.type("relation-target", "Kharkiv");
        // the list re-renders as results arrive: find and click in one try, again if the item went stale
        first.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getDomProperty("textContent").contains("Kharkiv counteroffensive")).findFirst()
                .map(item -> {
                    item.click();
                    return true;
                }).orElse(null));
        first.click(By.id("relate"));
        first.until(d -> first.textOf(By.id("relations-editor")).contains("Kharkiv counteroffensive"));

        var found = first.driver().findElements(By.cssSelector("#headline input, #headline textarea"));
        first.type("headline", "Balakliia retaken by Ukrainian forces");
        first.type("change-message", "Named who retook it");
        first.click(By.id("save"));
        first.until(d -> first.valueOf("change-message").isEmpty());
        assertThat(first.driver().findElements(By.id("conflict"))).isEmpty();

        first.click(By.id("submit"));
        first.answerPrompt("Date from the General Staff; relation to the campaign");
        first.until(d -> first.textOf(By.id("workflow-status")).equals("Status: in review"));
        assertThat(first.textOf(By.tagName("body"))).doesNotContain("Someone else saved");
        EventDetails submitted = SignedIn.as("fay", "EDITOR", () -> editing.get(battle.id()));
        assertThat(submitted.content().headline()).isEqualTo("Balakliia retaken by Ukrainian forces");
        assertThat(SignedIn.as("fay", "EDITOR", () -> editing.relations(battle.id())))
                .singleElement().satisfies(r -> assertThat(r.otherHeadline()).isEqualTo(campaign.content().headline()));
    }

    @Test
    void each_role_reaches_only_its_screens() {
        Teams.on(timelines, accounts, "conflict-desk", "cy:ANNOTATOR", "dee:REVIEWER");
        first.signOut();
        first.signIn("cy", Teams.PASSWORD);
        first.open("/editor/events");
        // a route someone may not open looks like one that does not exist
        assertThat(first.textOf(By.tagName("h1"))).isEqualTo("Not found");
        assertThat(first.driver().findElements(By.id("events-grid"))).isEmpty();

        second.signOut();
        second.signIn("dee", Teams.PASSWORD);
        second.open("/editor/events");
        second.await(By.id("events-grid"));
        assertThat(second.driver().findElements(By.id("new-event"))).allMatch(b -> !b.isDisplayed());
        second.open("/admin/timelines");
        assertThat(second.textOf(By.tagName("h1"))).isEqualTo("Not found");
        assertThat(second.driver().findElements(By.id("timelines"))).isEmpty();
    }

    @Test
    void an_editor_of_another_timeline_cannot_tell_a_draft_here_from_one_that_does_not_exist() {
        Teams.on(timelines, accounts, "conflict-elsewhere", "eli:EDITOR");
        EventDetails draft = SignedIn.as("ana", "EDITOR", () -> editing.createDraft("conflict-desk", new EventContent(
                "Unpublished strike report", null, UncertainDate.parse("2024-10"), null, Place.UNKNOWN,
                Set.of(EventType.MILITARY), Set.of(), Confidence.UNVERIFIED)));
        first.signOut();
        first.signIn("eli", Teams.PASSWORD);

        first.open("/editor/events/" + draft.id());
        String existing = first.textOf(By.tagName("h1")) + " " + first.textOf(By.tagName("body"));
        first.open("/editor/events/987654321");
        String missing = first.textOf(By.tagName("h1")) + " " + first.textOf(By.tagName("body"));

        assertThat(existing).startsWith("Not found").doesNotContain("Unpublished strike report");
        assertThat(existing.replace(draft.id().toString(), "ID")).isEqualTo(missing.replace("987654321", "ID"));
    }
}
