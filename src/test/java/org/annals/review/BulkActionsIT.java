package org.annals.review;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventHistoryService;
import org.annals.event.EventId;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.AccountService;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Issue 15: bulk actions from the grid, each event on its own with its own rules, and a report per event. */
@IntegrationTest
class BulkActionsIT {

    private static final String DESK = "bulk-desk";
    private static final String OTHER = "bulk-other";

    @Autowired
    BulkActions bulk;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService review;
    @Autowired
    EventHistoryService history;

    @BeforeEach
    void teams(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, DESK, "bulk-ed:EDITOR", "bulk-rita:REVIEWER");
        Teams.on(timelines, accounts, OTHER, "bulk-stranger:EDITOR");
    }

    private static EventContent content(String headline, EventType... types) {
        return new EventContent(headline + " " + UUID.randomUUID(), null, UncertainDate.parse("2023-01"), null,
                Place.UNKNOWN, Set.of(types), Set.of("winter"), Confidence.INFERRED);
    }

    private EventDetails draft(String timeline, String user, EventContent content) {
        return as(user, "EDITOR", () -> editing.createDraft(timeline, content));
    }

    @Test
    void types_and_tags_change_on_every_event_the_editor_may_edit_and_each_other_one_says_why_not() {
        EventDetails a = draft(DESK, "bulk-ed", content("Generators delivered", EventType.AID));
        EventDetails b = draft(DESK, "bulk-ed", content("Heating points opened", EventType.HUMANITARIAN, EventType.AID));
        EventDetails foreign = draft(OTHER, "bulk-stranger", content("Elsewhere", EventType.AID));
        LabelChange change = new LabelChange(Set.of(EventType.HUMANITARIAN), Set.of(), Set.of("Energy Grid"), Set.of("WINTER"));

        List<BulkOutcome> outcomes = as("bulk-ed", "EDITOR", () -> bulk.changeLabels(List.of(a.id(), b.id(), foreign.id(), a.id()),
                change, "Seasonal tagging"));

        assertThat(outcomes).extracting(BulkOutcome::eventId).containsExactly(a.id(), b.id(), foreign.id());
        assertThat(outcomes).extracting(BulkOutcome::result).containsExactly(BulkOutcome.Result.CHANGED,
                BulkOutcome.Result.CHANGED, BulkOutcome.Result.REFUSED);
        assertThat(outcomes.get(2).reason().english()).isEqualTo("Not an event of a timeline you are on");
        EventContent after = as("bulk-ed", "EDITOR", () -> editing.get(a.id())).content();
        assertThat(after.types()).containsExactlyInAnyOrder(EventType.AID, EventType.HUMANITARIAN);
        assertThat(after.tags()).containsExactly("energy-grid");
        assertThat(as("bulk-ed", "EDITOR", () -> history.revisions(a.id())).getFirst().entry().message()).isEqualTo("Seasonal tagging");
        assertThat(as("bulk-stranger", "EDITOR", () -> editing.get(foreign.id())).content().tags()).containsExactly("winter");

        // again: nothing to do is said, not done; an event left without a type is refused, the others still change
        List<BulkOutcome> again = as("bulk-ed", "EDITOR", () -> bulk.changeLabels(List.of(a.id()), change, "Again"));
        assertThat(again).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(BulkOutcome.Result.UNCHANGED));
        EventDetails onlyAid = draft(DESK, "bulk-ed", content("Only aid", EventType.AID));
        List<BulkOutcome> untyped = as("bulk-ed", "EDITOR", () -> bulk.changeLabels(List.of(onlyAid.id(), b.id()),
                new LabelChange(Set.of(), Set.of(EventType.AID), Set.of(), Set.of()), "No aid"));
        assertThat(untyped).extracting(BulkOutcome::result).containsExactly(BulkOutcome.Result.REFUSED, BulkOutcome.Result.CHANGED);
        assertThat(untyped.getFirst().reason().english()).isEqualTo("Choose at least one type");
        assertThat(as("bulk-ed", "EDITOR", () -> editing.get(onlyAid.id())).content().types()).containsExactly(EventType.AID);
    }

    @Test
    void a_reviewer_approves_what_is_in_review_each_under_the_four_eyes_rule_and_leaves_the_rest() {
        EventDetails a = draft(DESK, "bulk-ed", content("Batch one", EventType.AID));
        EventDetails b = draft(DESK, "bulk-ed", content("Batch two", EventType.AID));
        EventDetails stillDraft = draft(DESK, "bulk-ed", content("Not sent", EventType.AID));
        as("bulk-ed", "EDITOR", () -> bulk.submit(List.of(a.id(), b.id()), "Import batch"));
        // an administrator's own event, written and submitted by them: they may not approve it themselves
        EventDetails own = as("bulk-boss", "ADMIN", () -> editing.createDraft(DESK, content("Boss's own", EventType.AID)));
        as("bulk-boss", "ADMIN", () -> review.submit(own.id(), own.version(), "Mine"));

        List<BulkOutcome> byReviewer = as("bulk-rita", "REVIEWER", () -> bulk.approve(List.of(a.id(), stillDraft.id()), null));
        List<BulkOutcome> byBoss = as("bulk-boss", "ADMIN", () -> bulk.approve(List.of(b.id(), own.id()), "Checked against the file"));

        assertThat(byReviewer).extracting(BulkOutcome::result).containsExactly(BulkOutcome.Result.CHANGED, BulkOutcome.Result.UNCHANGED);
        assertThat(byReviewer.get(1).reason().english()).isEqualTo("Not in review (draft)");
        assertThat(byBoss).extracting(BulkOutcome::result).containsExactly(BulkOutcome.Result.CHANGED, BulkOutcome.Result.REFUSED);
        assertThat(byBoss.get(1).reason().english()).contains("Four-eyes");
        assertThat(as("bulk-rita", "REVIEWER", () -> editing.get(a.id())).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(as("bulk-rita", "REVIEWER", () -> editing.get(b.id())).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(as("bulk-rita", "REVIEWER", () -> editing.get(own.id())).status()).isEqualTo(EventStatus.IN_REVIEW);
        assertThat(as("bulk-rita", "REVIEWER", () -> history.revisions(a.id()))).extracting(r -> r.entry().author())
                .contains("bulk-rita");
        assertThatThrownBy(() -> as("bulk-ed", "EDITOR", () -> bulk.approve(List.of(a.id()), null)))
                .as("an editor is no reviewer").isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void drafts_are_submitted_and_events_already_in_review_are_reported_not_touched() {
        EventDetails a = draft(DESK, "bulk-ed", content("Draft one", EventType.AID));
        EventDetails b = draft(DESK, "bulk-ed", content("Draft two", EventType.AID));
        as("bulk-ed", "EDITOR", () -> review.submit(b.id(), b.version(), "Sent alone"));

        List<BulkOutcome> outcomes = as("bulk-ed", "EDITOR", () -> bulk.submit(List.of(a.id(), b.id()), "Winter batch"));

        assertThat(outcomes).extracting(BulkOutcome::result).containsExactly(BulkOutcome.Result.CHANGED, BulkOutcome.Result.UNCHANGED);
        assertThat(outcomes.get(1).reason().english()).isEqualTo("Not a draft (in review)");
        assertThat(as("bulk-ed", "EDITOR", () -> editing.get(a.id())).status()).isEqualTo(EventStatus.IN_REVIEW);
    }

    @Test
    void reviewers_cannot_and_a_selection_needs_events_and_a_message() {
        EventDetails a = draft(DESK, "bulk-ed", content("Any", EventType.AID));
        assertThatThrownBy(() -> as("bulk-rita", "REVIEWER", () -> bulk.submit(List.of(a.id()), "x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("bulk-ed", "EDITOR", () -> bulk.submit(List.<EventId>of(), "x")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Select at least one event");
        assertThatThrownBy(() -> as("bulk-ed", "EDITOR", () -> bulk.submit(List.of(a.id()), " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as("bulk-ed", "EDITOR", () -> bulk.changeLabels(List.of(a.id()),
                new LabelChange(Set.of(), Set.of(), Set.of(), Set.of()), "x")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Choose a type or tag to add or remove");
    }
}
