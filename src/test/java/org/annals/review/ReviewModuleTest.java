package org.annals.review;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.ReadersCopyStandIn;
import org.annals.Teams;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.EventApproved;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventHistoryService;
import org.annals.event.EventLinks;
import org.annals.event.EventPublished;
import org.annals.event.EventReturned;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.event.RecentChange;
import org.annals.event.WorkflowViolationException;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The review module with the modules it uses: its rules stand in front of the event's steps, each step it allows is
 * announced by the event, and its messages land in the history. The readers' copy is a stand-in
 * ({@link ReadersCopyStandIn}).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
@Import(ReadersCopyStandIn.class)
class ReviewModuleTest {

    private static final String DESK = "review-module-desk";

    @Autowired
    ReviewService review;
    @Autowired
    EventEditingService editing;
    @Autowired
    EventHistoryService history;

    @BeforeEach
    void desk(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, DESK, "rm-editor:EDITOR", "rm-reviewer:REVIEWER", "rm-both:EDITOR",
                "rm-both:REVIEWER");
    }

    private EventDetails draft(String author, String headline) {
        EventContent content = new EventContent(headline, null, UncertainDate.parse("2024-07-01"), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
        return as(author, "EDITOR", () -> editing.createDraft(DESK, content));
    }

    @Test
    void another_reviewer_approves_and_the_event_announces_its_publication(Scenario scenario) {
        EventDetails draft = draft("rm-editor", "Grain corridor reopened");
        EventDetails sent = as("rm-editor", "EDITOR", () -> review.submit(draft.id(), draft.version(), "checked"));

        scenario.stimulate(() -> as("rm-reviewer", "REVIEWER", () -> review.approve(sent.id(), sent.version(), null)))
                .andWaitForEventOfType(EventPublished.class)
                .matchingMappedValue(published -> published.event().id(), draft.id())
                .toArriveAndVerify(published -> assertThat(published.by()).isEqualTo("rm-reviewer"));
    }

    @Test
    void the_four_eyes_rule_stops_the_author_before_anything_is_announced(Scenario scenario) {
        EventDetails draft = draft("rm-both", "Own change");
        EventDetails sent = as("rm-both", "EDITOR,REVIEWER", () -> review.submit(draft.id(), draft.version(), "mine"));

        assertThatThrownBy(() -> as("rm-both", "EDITOR,REVIEWER", () -> review.approve(sent.id(), sent.version(), null)))
                .isInstanceOf(WorkflowViolationException.class).hasMessageContaining("Four-eyes");
        assertThat(as("rm-both", "EDITOR,REVIEWER", () -> editing.state(draft.id())).status().name())
                .isEqualTo("IN_REVIEW");
        scenario.stimulate(() -> as("rm-reviewer", "REVIEWER", () -> review.approve(sent.id(), sent.version(), "ok")))
                .andWaitForEventOfType(EventApproved.class)
                .matchingMappedValue(EventApproved::eventId, draft.id())
                .toArriveAndVerify(approved -> assertThat(approved.user()).isEqualTo("rm-reviewer"));
    }

    @Test
    void a_contradicted_event_is_not_submitted_until_the_editor_says_which_reading_it_uses() {
        EventDetails draft = draft("rm-editor", "Strike on the port");
        CitationInput denial = new CitationInput(new SourceInput("https://example.org/denial", "Example", null, null,
                null, null), null, null, CitationStance.CONTRADICTS);
        EventDetails cited = as("rm-editor", "EDITOR", () -> editing.update(draft.id(), draft.version(),
                draft.content(), new EventLinks(List.of(), List.of(denial), List.of())));

        assertThatThrownBy(() -> as("rm-editor", "EDITOR", () -> review.submit(cited.id(), cited.version(), "go")))
                .isInstanceOf(WorkflowViolationException.class).hasMessageContaining("contradicts");
    }

    @Test
    void a_returned_event_says_why_in_its_announcement_and_in_the_history(Scenario scenario) {
        EventDetails draft = draft("rm-editor", "Talks in Istanbul");
        EventDetails sent = as("rm-editor", "EDITOR", () -> review.submit(draft.id(), draft.version(), "please"));

        scenario.stimulate(() -> as("rm-reviewer", "REVIEWER", () -> review.returnToEditor(sent.id(), sent.version(),
                        "Name the delegations")))
                .andWaitForEventOfType(EventReturned.class)
                .matchingMappedValue(EventReturned::eventId, draft.id())
                .toArriveAndVerify(returned -> assertThat(returned.comment()).isEqualTo("Name the delegations"));
        List<String> messages = as("rm-editor", "EDITOR", () -> history.recentChanges(DESK, 50)).stream()
                .filter(change -> change.eventId().equals(draft.id())).map(RecentChange::entry)
                .map(entry -> String.valueOf(entry.message())).toList();
        assertThat(messages).contains("Submitted for review: please", "Returned: Name the delegations");
    }
}
