package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.Teams;
import java.util.Set;
import org.annals.SignedIn;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.notes.Anchor;
import org.annals.notes.AnnotationService;
import org.annals.notes.NoteThread;
import org.annals.review.ReviewService;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editorial journey in two real browsers: an editor writes a cited event and submits it, a reviewer returns it
 * with a comment, the editor fixes and resubmits, the reviewer approves, a reader without an account sees it; a
 * correction then goes through review while readers still see the old text; the history shows the diff; a restore
 * works.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewJourneyIT {

    private static final String PASSWORD = "annals-demo-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Browser editor;
    Browser reviewer;

    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    AnnotationService notes;

    @BeforeAll
    void openBrowsers() throws Exception {
        // a public timeline of its own, so what this journey publishes leaves the seeded timeline as the reference says
        Teams.on(timelines, accounts, "review-journey", "editor:EDITOR", "reviewer:REVIEWER");
        editor = new Browser(port);
        reviewer = new Browser(port);
    }

    @AfterAll
    void closeBrowsers() {
        editor.close();
        reviewer.close();
    }

    private String status(Browser browser) {
        return browser.textOf(By.id("workflow-status"));
    }

    @Test
    void write_review_return_fix_approve_read_correct_compare_and_restore() {
        String headline = "Aid convoy reaches Kherson " + UUID.randomUUID().toString().substring(0, 8);

        editor.signIn("editor", PASSWORD);
        editor.open("/editor/events/new?timeline=review-journey");
        editor.type("headline", headline);
        editor.type("start", "2024-11");
        editor.click(By.xpath("//vaadin-checkbox[.//label[text()='humanitarian']]"));
        editor.type("change-message", "First draft from wire copy");
        editor.click(By.id("save"));
        editor.until(d -> d.getCurrentUrl().matches(".*/editor/events/\\d+$"));
        String eventPage = editor.driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
        assertThat(status(editor)).isEqualTo("Status: draft");

        editor.click(By.id("submit"));
        editor.answerPrompt("New event, month only so far");
        editor.until(d -> status(editor).equals("Status: in review"));

        reviewer.signIn("reviewer", PASSWORD);
        reviewer.open(eventPage);
        assertThat(status(reviewer)).isEqualTo("Status: in review");
        reviewer.click(By.id("return"));
        reviewer.answerPrompt("Find the day the convoy arrived");
        reviewer.until(d -> status(reviewer).equals("Status: draft"));

        editor.open(eventPage);
        assertThat(editor.textOf(By.id("review-comment"))).contains("Find the day the convoy arrived");
        editor.type("start", "2024-11-12");
        String before = editor.driver().findElement(By.id("workflow")).getDomAttribute("data-version");
        editor.click(By.id("save"));
        // the save has come back and the workflow bar is redrawn for the saved version: its Submit is the live one
        editor.until(d -> !before.equals(d.findElement(By.id("workflow")).getDomAttribute("data-version"))
                && !d.findElements(By.id("submit")).isEmpty());
        assertThat(editor.valueOf("start")).isEqualTo("2024-11-12");
        editor.click(By.id("submit"));
        editor.answerPrompt("Day found");
        editor.until(d -> status(editor).equals("Status: in review"));

        reviewer.open(eventPage);
        reviewer.click(By.id("approve"));
        reviewer.answerPrompt("");
        reviewer.until(d -> status(reviewer).equals("Status: published"));

        String slug = jdbc.sql("select slug from timeline_event where headline = :h").param("h", headline).query(String.class).single();
        String permalink = "/timelines/review-journey/events/" + slug;
        reviewer.signOut();
        reviewer.open(permalink);
        assertThat(reviewer.textOf(By.tagName("h1"))).isEqualTo(headline);
        assertThat(reviewer.await(By.id("event-date")).getText()).isEqualTo("12 Nov 2024");

        editor.open(eventPage);
        editor.type("headline", headline + " (corrected)");
        editor.click(By.id("save"));
        editor.until(d -> status(editor).equals("Status: draft"));
        editor.click(By.id("submit"));
        editor.answerPrompt("Headline said Kherson city; it was the oblast");
        editor.until(d -> status(editor).equals("Status: in review"));
        reviewer.open(permalink);
        assertThat(reviewer.textOf(By.tagName("h1"))).isEqualTo(headline);

        reviewer.signIn("reviewer", PASSWORD);
        reviewer.open(eventPage);
        reviewer.click(By.id("approve"));
        // issue 15: marked minor and approved without a note: the log says so and names the part, in each language
        reviewer.click(By.id("approve-minor"));
        reviewer.answerPrompt("");
        reviewer.until(d -> status(reviewer).equals("Status: published"));
        reviewer.signOut();
        reviewer.open(permalink);
        reviewer.until(d -> d.findElement(By.tagName("h1")).getText().equals(headline + " (corrected)"));
        reviewer.open("/timelines/review-journey/corrections");
        assertThat(reviewer.await(By.id("corrections")).getText()).contains("Minor change: " + headline + " (corrected)")
                .contains("Updated: headline.");
        reviewer.click(By.id("language"));
        reviewer.until(d -> d.findElement(By.id("corrections")).getText().contains("Оновлено: заголовок."));
        assertThat(reviewer.textOf(By.id("corrections"))).contains("Незначна зміна");
        reviewer.click(By.id("language"));
        reviewer.until(d -> d.findElement(By.id("corrections")).getText().contains("Updated: headline."));

        editor.open(eventPage);
        editor.click(By.cssSelector("#history vaadin-details-summary"));
        editor.until(d -> d.findElements(By.cssSelector("#revisions vaadin-checkbox")).size() > 3);
        // one numbering: the event's own revisions from 1, and beside the approvals the numbers readers know them by
        editor.until(d -> d.findElements(By.cssSelector("#revisions a.annals-public-revision")).size() == 2);
        assertThat(editor.driver().findElements(By.cssSelector("#revisions a.annals-public-revision")).stream()
                .map(a -> a.getText() + " " + a.getDomAttribute("href")).toList())
                .containsExactlyInAnyOrder("public revision 1 " + permalink + "?revision=1",
                        "public revision 2 " + permalink + "?revision=2");
        var boxes = editor.driver().findElements(By.cssSelector("#revisions vaadin-checkbox"));
        editor.click(boxes.getLast());
        editor.click(By.id("compare"));
        editor.until(d -> d.findElement(By.id("changes")).getText().contains("Headline"));
        assertThat(editor.driver().findElement(By.id("changes")).getText()).contains("November 2024").contains("(corrected)");
        // word by word, whole values: the words added since are marked, the rest of the headline is plain text around them
        assertThat(editor.driver().findElements(By.cssSelector("#changes ins")).stream().map(e -> e.getText().strip()).toList())
                .contains("(corrected)");
        assertThat(editor.driver().findElement(By.xpath("//div[@id='changes']/div[h4='Headline']/p")).getText())
                .isEqualTo(headline + " (corrected)");

        editor.click(By.id("restore"));
        editor.until(d -> editor.valueOf("headline").equals(headline));
        assertThat(status(editor)).isEqualTo("Status: draft");
    }

    /** Issue 15: an editor's note readers see is proposed, approved by someone else, and on the public record. */
    @Test
    void an_editors_note_reaches_readers_only_after_a_reviewer_approves_it_and_the_log_says_so() {
        EventDetails event = SignedIn.as("editor", "EDITOR", () -> editing.createDraft("review-journey", new EventContent(
                "Grain corridor reopens " + UUID.randomUUID().toString().substring(0, 8), null, UncertainDate.parse("2023-08"),
                null, Place.UNKNOWN, Set.of(EventType.HUMANITARIAN), Set.of(), Confidence.VERIFIED)));
        EventDetails sent = SignedIn.as("editor", "EDITOR", () -> workflow.submit(event.id(), event.version(), "ready"));
        SignedIn.as("reviewer", "REVIEWER", () -> workflow.approve(event.id(), sent.version(), null));
        NoteThread note = SignedIn.as("editor", "EDITOR", () -> notes.annotate(event.id(), Anchor.EVENT,
                "Ship counts come from the Joint Coordination Centre."));
        String page = "/editor/events/" + event.id();
        String permalink = "/timelines/review-journey/events/" + event.slug();

        editor.signOut();
        editor.signIn("editor", PASSWORD);
        editor.open(page);
        editor.click(By.id("publish-" + note.id()));
        editor.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        editor.until(d -> editor.textOf(By.id("thread-" + note.id())).contains("waiting for a reviewer"));
        // the editor who proposed it is offered no approval of their own proposal
        assertThat(editor.driver().findElements(By.id("approve-note-" + note.id()))).isEmpty();

        reviewer.signOut();
        reviewer.open(permalink);
        assertThat(reviewer.textOf(By.tagName("h1"))).isEqualTo(event.content().headline());
        assertThat(reviewer.driver().findElements(By.id("editors-notes"))).isEmpty();

        reviewer.signIn("reviewer", PASSWORD);
        reviewer.open(page);
        reviewer.click(By.id("approve-note-" + note.id()));
        reviewer.until(d -> reviewer.textOf(By.id("thread-" + note.id())).contains("readers see it"));

        reviewer.signOut();
        reviewer.open(permalink);
        assertThat(reviewer.textOf(By.id("editors-notes"))).contains("Ship counts come from the Joint Coordination Centre.");
        reviewer.open("/timelines/review-journey/corrections");
        assertThat(reviewer.await(By.id("corrections")).getText())
                .contains("Editor's note added: “Ship counts come from the Joint Coordination Centre.”");
    }
}
