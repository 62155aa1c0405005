package org.annals.event;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.publication.EventMovedException;
import org.annals.publication.EventRetractedException;
import org.annals.publication.PublishedEventQuery;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Relations shown on both events, and merging a duplicate: both histories kept, the old permalink redirected. */
@IntegrationTest
class EventRelationsIT {

    private static final String TIMELINE = "relations-desk";

    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    EventHistoryService history;
    @Autowired
    PublishedEventQuery readers;

    @BeforeEach
    void team(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, TIMELINE, "ed:EDITOR", "rita:REVIEWER", "rita2:REVIEWER");
        Teams.on(timelines, accounts, "relations-elsewhere", "ed:EDITOR");
    }

    private EventDetails published(String headline, String date, EventLinks links) {
        EventDetails draft = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, new EventContent(headline, null,
                UncertainDate.parse(date), null, Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of(), Confidence.VERIFIED), links));
        EventDetails sent = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));
        return as("rita", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
    }

    @Test
    void a_relation_reads_one_way_from_each_end_and_readers_see_it_between_published_events() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventDetails campaign = published("Summer campaign " + tag, "2023-06", EventLinks.NONE);
        EventDetails battle = published("Battle in the campaign " + tag, "2023-06-12", EventLinks.NONE);

        as("ed", "EDITOR", () -> editing.relate(battle.id(), RelationKind.PART_OF, campaign.id()));

        assertThat(as("ed", "EDITOR", () -> editing.relations(battle.id()))).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("is part of"));
        assertThat(as("ed", "EDITOR", () -> editing.relations(campaign.id()))).singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("includes"));
        // the relation is a change to the battle: readers see it once that change is approved
        assertThat(readers.relations(TIMELINE, campaign.slug())).isEmpty();
        EventDetails pending = as("ed", "EDITOR", () -> editing.get(battle.id()));
        assertThat(pending.status()).isEqualTo(EventStatus.DRAFT);
        EventDetails sent = as("ed", "EDITOR", () -> workflow.submit(pending.id(), pending.version(), "Relate"));
        as("rita", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
        assertThat(readers.relations(TIMELINE, campaign.slug())).singleElement()
                .satisfies(r -> {
                    assertThat(r.otherSlug()).isEqualTo(battle.slug());
                    assertThat(r.label()).isEqualTo("includes");
                });
    }

    @Test
    void relations_stay_within_one_timeline_and_duplicates_are_merged_not_related() {
        EventDetails here = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, new EventContent("Here " + UUID.randomUUID(), null,
                UncertainDate.parse("2024"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.UNVERIFIED)));
        EventDetails there = as("ed", "EDITOR", () -> editing.createDraft("relations-elsewhere", new EventContent("There", null,
                UncertainDate.parse("2024"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.UNVERIFIED)));

        assertThatThrownBy(() -> as("ed", "EDITOR", () -> editing.relate(here.id(), RelationKind.FOLLOWS, there.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("same timeline");
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> editing.relate(here.id(), RelationKind.FOLLOWS, here.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> editing.relate(here.id(), RelationKind.DUPLICATE_OF, here.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("merged");
    }

    @Test
    void merging_a_duplicate_keeps_both_histories_moves_its_sources_and_redirects_its_permalink() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CitationInput second = new CitationInput(new SourceInput("https://example.org/second-report-" + tag, "Example", null, null, "en", null),
                "A second report of the strike", "The strike", CitationStance.AGREES);
        EventDetails survivor = published("Strike on the depot " + tag, "2024-03-03", EventLinks.NONE);
        EventDetails duplicate = published("Depot strike reported " + tag, "2024-03-03",
                new EventLinks(List.of(), List.of(second), List.of()));
        int before = readers.count(TIMELINE, EventFilter.ALL);

        EventDetails merged = as("rita", "REVIEWER", () -> workflow.merge(duplicate.id(), duplicate.version(), survivor.id(), "Same strike"));

        assertThat(merged.citations()).anyMatch(c -> c.source().url().equals(second.source().url()));
        // what the survivor gained waits for review like any change; readers keep its published copy meanwhile
        assertThat(merged.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(readers.event(TIMELINE, survivor.slug()).citations()).noneMatch(c -> c.source().url().equals(second.source().url()));
        EventDetails sent = as("ed", "EDITOR", () -> workflow.submit(merged.id(), merged.version(), "Merged sources"));
        as("rita2", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
        assertThat(readers.event(TIMELINE, survivor.slug()).citations()).anyMatch(c -> c.source().url().equals(second.source().url()));
        assertThatThrownBy(() -> readers.event(TIMELINE, duplicate.slug())).isInstanceOf(EventMovedException.class)
                .satisfies(e -> assertThat(((EventMovedException) e).newSlug()).isEqualTo(survivor.slug()));
        assertThat(readers.count(TIMELINE, EventFilter.ALL)).isEqualTo(before - 1);
        assertThat(readers.corrections(TIMELINE)).anyMatch(c -> c.eventSlug().equals(survivor.slug()) && c.note().contains("Same strike"));
        List<EventRevision> duplicateHistory = as("ed", "EDITOR", () -> history.revisions(duplicate.id()));
        assertThat(duplicateHistory.getFirst().status()).isEqualTo(EventStatus.MERGED);
        assertThat(duplicateHistory).hasSizeGreaterThanOrEqualTo(4);
        EventDetails gone = as("ed", "EDITOR", () -> editing.get(duplicate.id()));
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> editing.update(gone.id(), gone.version(), gone.content())))
                .isInstanceOf(WorkflowViolationException.class);
    }

    @Test
    void an_editor_cannot_merge() {
        EventDetails a = published("Mergeable A " + UUID.randomUUID(), "2024-04-04", EventLinks.NONE);
        EventDetails b = published("Mergeable B " + UUID.randomUUID(), "2024-04-04", EventLinks.NONE);

        assertThatThrownBy(() -> as("ed", "EDITOR", () -> workflow.merge(a.id(), a.version(), b.id(), "No")))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void a_retracted_event_cannot_absorb_a_duplicate_and_merge_chains_keep_old_permalinks() {
        EventDetails a = published("Chain A " + UUID.randomUUID(), "2024-05-05", EventLinks.NONE);
        EventDetails b = published("Chain B " + UUID.randomUUID(), "2024-05-05", EventLinks.NONE);
        EventDetails c = published("Chain C " + UUID.randomUUID(), "2024-05-05", EventLinks.NONE);
        EventDetails gone = published("Retracted survivor " + UUID.randomUUID(), "2024-05-05", EventLinks.NONE);
        as("rita", "REVIEWER", () -> workflow.retract(gone.id(), gone.version(), "Wrong"));

        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> workflow.merge(a.id(), a.version(), gone.id(), "No")))
                .isInstanceOf(WorkflowViolationException.class);

        as("rita", "REVIEWER", () -> workflow.merge(a.id(), a.version(), b.id(), "A is B"));
        EventDetails bNow = as("ed", "EDITOR", () -> editing.get(b.id()));
        as("rita", "REVIEWER", () -> workflow.merge(bNow.id(), bNow.version(), c.id(), "B is C"));
        assertThatThrownBy(() -> readers.event(TIMELINE, a.slug())).isInstanceOf(EventMovedException.class)
                .satisfies(e -> assertThat(((EventMovedException) e).newSlug()).isEqualTo(c.slug()));
    }

    @Test
    void a_pending_correction_can_be_discarded_or_retracted_with_its_event() {
        EventDetails live = published("Discardable " + UUID.randomUUID(), "2024-07-07", EventLinks.NONE);
        EventDetails pending = as("ed", "EDITOR", () -> editing.update(live.id(), live.version(), new EventContent("Unwanted rewrite",
                null, UncertainDate.parse("2024-07-07"), null, Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of(), Confidence.VERIFIED)));

        EventDetails reset = as("ed", "EDITOR", () -> workflow.discardCorrection(pending.id(), pending.version()));

        assertThat(reset.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(reset.content().headline()).isEqualTo(live.content().headline());
        EventDetails again = as("ed", "EDITOR", () -> editing.update(reset.id(), reset.version(), new EventContent("Another rewrite",
                null, UncertainDate.parse("2024-07-07"), null, Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of(), Confidence.VERIFIED)));
        as("rita", "REVIEWER", () -> workflow.retract(again.id(), again.version(), "Withdrawn"));
        assertThatThrownBy(() -> readers.event(TIMELINE, live.slug())).isInstanceOf(EventRetractedException.class);
    }
}
