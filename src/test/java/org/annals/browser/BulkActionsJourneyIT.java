package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.shared.UncertainDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 15: select many events in the grid, add a tag to all, submit them, and read what happened to each. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkActionsJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventEditingService editing;
    @Autowired
    org.annals.review.ReviewService review;
    @Autowired
    org.annals.timeline.TimelineService timelines;
    @Autowired
    org.annals.security.AccountService accounts;
    Browser browser;

    @BeforeAll
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void an_editor_tags_and_submits_the_selected_drafts_and_reads_a_report_per_event() {
        String word = "Bulkcheck" + UUID.randomUUID().toString().substring(0, 6);
        for (String place : List.of("Kharkiv", "Odesa")) {
            SignedIn.as("editor", "EDITOR", () -> editing.createDraft("russia-ukraine-war", new EventContent(
                    word + " generators reach " + place, null, UncertainDate.parse("2023-01"), null, Place.UNKNOWN,
                    Set.of(EventType.AID), Set.of(), Confidence.INFERRED)));
        }
        browser.signIn("editor", "annals-demo-2026");
        browser.open("/editor/events?timeline=russia-ukraine-war");
        browser.type("event-search", word);
        browser.until(d -> rowBoxes().size() == 2);
        rowBoxes().forEach(browser::click);
        browser.until(d -> browser.textOf(By.id("selection-count")).equals("2 selected"));

        browser.click(By.id("bulk-labels"));
        browser.type("bulk-add-tags", "winter-energy");
        browser.answerPrompt("Tagged the winter aid deliveries");
        browser.until(d -> browser.textOf(By.id("bulk-report-counts")).equals("Changed: 2 · unchanged: 0 · refused: 0"));
        browser.click(By.id("bulk-report-close"));
        assertThat(jdbc.sql("select count(*) from timeline_event where headline like :w and 'winter-energy' = any(tags)")
                .param("w", word + "%").query(Long.class).single()).isEqualTo(2);

        browser.until(d -> rowBoxes().size() == 2 && !d.findElement(By.id("selection-actions")).isDisplayed());
        rowBoxes().forEach(browser::click);
        browser.click(By.id("bulk-submit"));
        browser.answerPrompt("Winter aid batch");
        browser.until(d -> browser.textOf(By.id("bulk-report-counts")).startsWith("Changed: 2"));
        assertThat(browser.textOf(By.id("bulk-report-events"))).contains(word + " generators reach Odesa");
        assertThat(jdbc.sql("select count(*) from timeline_event where headline like :w and status = 'IN_REVIEW'")
                .param("w", word + "%").query(Long.class).single()).isEqualTo(2);

        // other filters, other rows: a selection made under the old ones is dropped, never acted on unseen
        browser.click(By.id("bulk-report-close"));
        browser.until(d -> rowBoxes().size() == 2 && !d.findElement(By.id("selection-actions")).isDisplayed());
        assertThat(browser.driver().findElements(By.id("bulk-approve"))).as("an editor approves nothing").isEmpty();
        browser.click(rowBoxes().getFirst());
        browser.await(By.id("selection-actions"));
        browser.type("event-search", word + " Odesa");
        browser.until(d -> !d.findElement(By.id("selection-actions")).isDisplayed());

        // a reviewer approves a desk's submitted drafts at once, each under the four-eyes rule (on a desk of its own:
        // the first timeline's published events are counted by other tests)
        String desk = "bulk-journey";
        org.annals.Teams.on(timelines, accounts, desk, "bulk-journey-ed:EDITOR", "bulk-journey-rita:REVIEWER");
        for (String place : List.of("Sumy", "Poltava")) {
            SignedIn.as("bulk-journey-ed", "EDITOR", () -> {
                EventDetails draft = editing.createDraft(desk, new EventContent(word + " shelters open in " + place, null,
                        UncertainDate.parse("2023-01"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.INFERRED));
                return review.submit(draft.id(), draft.version(), "Winter shelters");
            });
        }
        browser.signOut();
        browser.signIn("bulk-journey-rita", org.annals.Teams.PASSWORD);
        // the desk holds just these two: no search, whose late filtering would clear a selection made before it
        browser.open("/editor/events?timeline=" + desk);
        browser.until(d -> rowBoxes().size() == 2);
        // "select all" is offered while the listed events are at most as many as one bulk action takes
        browser.click(By.id("selectAllCheckbox"));
        browser.until(d -> browser.textOf(By.id("selection-count")).equals("2 selected"));
        browser.click(By.id("bulk-approve"));
        browser.answerPrompt("Checked against the shelter lists");
        browser.until(d -> browser.textOf(By.id("bulk-report-counts")).equals("Changed: 2 · unchanged: 0 · refused: 0"));
        assertThat(jdbc.sql("select count(*) from timeline_event where headline like :w and status = 'PUBLISHED'")
                .param("w", word + "%").query(Long.class).single()).isEqualTo(2);
    }

    /**
     * Issue 18: more drafts than a selection takes (an import's) are submitted and approved as a whole list, in the
     * background, watched live; the job stays on "My work" after its dialog is closed.
     */
    @Test
    void a_desk_submits_and_approves_a_whole_list_larger_than_a_selection_in_the_background() {
        String desk = "bulk-journey-list";
        org.annals.Teams.on(timelines, accounts, desk, "bulk-list-ed:EDITOR", "bulk-list-rita:REVIEWER");
        String word = "Listcheck" + UUID.randomUUID().toString().substring(0, 6);
        int count = org.annals.review.BulkActions.MAX_EVENTS + 12;
        for (int i = 0; i < count; i++) {
            int n = i;
            SignedIn.as("bulk-list-ed", "EDITOR", () -> editing.createDraft(desk, new EventContent(word + " depot " + n, null,
                    UncertainDate.parse("2023-04"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.INFERRED)));
        }
        browser.signIn("bulk-list-ed", org.annals.Teams.PASSWORD);
        browser.open("/editor/events?timeline=" + desk);
        browser.until(d -> browser.textOf(By.id("whole-list-count")).startsWith(String.format(java.util.Locale.ENGLISH, "%,d events listed", count)));
        browser.click(By.id("bulk-submit-all"));
        browser.answerPrompt("Depot sheet, April");
        browser.until(d -> browser.textOf(By.id("bulk-job-status")).equals(String.format(java.util.Locale.ENGLISH, "Done: all %d events taken.", count)));
        assertThat(browser.textOf(By.id("bulk-job-counts"))).isEqualTo("Changed: " + count + " · unchanged: 0 · refused: 0");
        browser.click(By.id("bulk-job-close"));
        assertThat(jdbc.sql("select count(*) from timeline_event where headline like :w and status = 'IN_REVIEW'")
                .param("w", word + "%").query(Long.class).single()).isEqualTo(count);
        browser.signOut();

        browser.signIn("bulk-list-rita", org.annals.Teams.PASSWORD);
        browser.open("/editor/events?timeline=" + desk);
        browser.until(d -> browser.driver().findElement(By.id("whole-list-actions")).isDisplayed());
        assertThat(browser.driver().findElements(By.id("bulk-submit-all"))).as("a reviewer submits nothing").isEmpty();
        browser.click(By.id("bulk-approve-all"));
        browser.answerPrompt("");
        browser.await(By.id("bulk-job-status"));
        // closed while it runs: the job goes on, and "My work" shows it
        browser.click(By.id("bulk-job-close"));
        browser.open("/editor");
        // both lines, the submission's and the approval's, end as done (the page follows a running job by itself)
        String done = "Done: all " + String.format(java.util.Locale.ENGLISH, "%,d", count) + " events taken.";
        browser.until(d -> browser.textOf(By.id("bulk-jobs")).split(java.util.regex.Pattern.quote(done), -1).length == 3);
        assertThat(browser.textOf(By.id("bulk-jobs"))).contains("bulk-list-rita").contains("Approve").contains("bulk-list-ed");
        assertThat(jdbc.sql("select count(*) from timeline_event where headline like :w and status = 'PUBLISHED'")
                .param("w", word + "%").query(Long.class).single()).isEqualTo(count);
    }

    /** The selection check boxes of the grid's rows (not the header's). */
    private List<WebElement> rowBoxes() {
        return browser.driver().findElements(By.cssSelector("#events-grid vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed)
                .filter(box -> !"selectAllCheckbox".equals(box.getDomAttribute("id")))
                .toList();
    }
}
