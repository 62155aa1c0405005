package org.annals.event;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.ReadersCopyStandIn;
import org.annals.Teams;
import org.annals.event.workflow.EventTransitions;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The event module with the modules it uses and none that use it: every change it makes announces itself as a
 * typed domain event, and publication leaves through {@link EventPublished} alone. The readers' copy (the publication
 * module) is not here; {@link ReadersCopyStandIn} keeps what was announced as published, as that module would.
 */
// history holds the audit revision entity every audited change needs; no bean of it is used, so it is named here
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "history")
@ModuleTestDatabase
@Import(ReadersCopyStandIn.class)
class EventModuleTest {

    private static final String DESK = "event-module-desk";

    @Autowired
    EventEditingService editing;
    @Autowired
    EventTransitions workflow;

    @BeforeEach
    void desk(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, DESK, "em-editor:EDITOR", "em-reviewer:REVIEWER");
    }

    private EventDetails draft(String headline) {
        EventContent content = new EventContent(headline, null, UncertainDate.parse("2024-06-01"), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
        return as("em-editor", "EDITOR", () -> editing.createDraft(DESK, content));
    }

    private EventDetails submitted(String headline) {
        EventDetails draft = draft(headline);
        return as("em-editor", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "ready"));
    }

    @Test
    void approval_publishes_through_the_one_door_with_the_event_as_approved(Scenario scenario) {
        EventDetails submitted = submitted("Prisoner exchange agreed");

        scenario.stimulate(() -> as("em-reviewer", "REVIEWER", () -> workflow.approve(submitted.id(),
                        submitted.version(), null, false)))
                .andWaitForEventOfType(EventPublished.class)
                .matchingMappedValue(published -> published.event().id(), submitted.id())
                .toArriveAndVerify((published, approved) -> {
                    assertThat(published.event()).isEqualTo(approved);
                    assertThat(published.event().status()).isEqualTo(EventStatus.PUBLISHED);
                    assertThat(published.by()).isEqualTo("em-reviewer");
                });
    }

    @Test
    void approval_is_announced_as_a_change_with_who_made_it(Scenario scenario) {
        EventDetails submitted = submitted("Talks adjourned");

        scenario.stimulate(() -> as("em-reviewer", "REVIEWER", () -> workflow.approve(submitted.id(),
                        submitted.version(), "first publication", false)))
                .andWaitForEventOfType(EventApproved.class)
                .matchingMappedValue(EventApproved::eventId, submitted.id())
                .toArriveAndVerify(approved -> {
                    assertThat(approved.user()).isEqualTo("em-reviewer");
                    assertThat(approved.correctionNote()).isEqualTo("first publication");
                });
    }

    @Test
    void discarding_a_correction_goes_back_to_what_readers_see_and_says_so(Scenario scenario) {
        EventDetails submitted = submitted("Ceasefire announced");
        EventDetails published = as("em-reviewer", "REVIEWER", () -> workflow.approve(submitted.id(),
                submitted.version(), null, false));
        EventContent changed = new EventContent("Ceasefire announced and broken", null, UncertainDate.parse("2024-06-01"),
                null, Place.UNKNOWN, Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
        EventDetails corrected = as("em-editor", "EDITOR", () -> editing.update(published.id(), published.version(), changed));

        scenario.stimulate(() -> as("em-editor", "EDITOR", () -> workflow.discardCorrection(corrected.id(),
                        corrected.version())))
                .andWaitForEventOfType(CorrectionDiscarded.class)
                .matchingMappedValue(CorrectionDiscarded::eventId, corrected.id())
                .toArriveAndVerify((discarded, event) -> {
                    assertThat(discarded.user()).isEqualTo("em-editor");
                    assertThat(event.content().headline()).isEqualTo("Ceasefire announced");
                    assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
                });
    }

    @Test
    void merging_a_duplicate_is_announced_with_the_permalink_that_moves(Scenario scenario) {
        EventDetails survivor = draft("Dam destroyed");
        EventDetails duplicate = draft("Dam destroyed (duplicate)");

        scenario.stimulate(() -> as("em-reviewer", "REVIEWER", () -> workflow.merge(duplicate.id(), duplicate.version(),
                        survivor.id(), "same event")))
                .andWaitForEventOfType(EventsMerged.class)
                .matchingMappedValue(EventsMerged::duplicateId, duplicate.id())
                .toArriveAndVerify(merged -> {
                    assertThat(merged.eventId()).isEqualTo(survivor.id());
                    assertThat(merged.duplicateSlug()).isEqualTo(duplicate.slug());
                    assertThat(merged.note()).isEqualTo("same event");
                });
    }

    @Test
    void relating_two_events_is_announced_as_a_change_of_the_event_it_starts_from(Scenario scenario) {
        EventDetails campaign = draft("Kharkiv counteroffensive");
        EventDetails battle = draft("Balakliia retaken");

        scenario.stimulate(() -> as("em-editor", "EDITOR", () -> editing.relate(battle.id(), RelationKind.PART_OF,
                        campaign.id())))
                .andWaitForEventOfType(EventRelationsChanged.class)
                .matchingMappedValue(EventRelationsChanged::eventId, battle.id())
                .toArriveAndVerify((changed, update) -> {
                    assertThat(changed.user()).isEqualTo("em-editor");
                    assertThat(update.relations()).extracting(EventRelation::otherHeadline).containsExactly("Kharkiv counteroffensive");
                    // the new version is the editor's own, one step on from the draft's: their open editor keeps it
                    assertThat(update.onlyChangeSince(battle.id(), battle.version())).isTrue();
                    assertThat(update.versionAfter()).isEqualTo(battle.version() + 1);
                });
    }
}
