package org.annals.event;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.history.ChangeMessage;
import org.annals.history.FieldChange;
import org.annals.publication.PublishedEventQuery;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Envers history over real commits: every step attributable, any two revisions comparable, any one restorable. */
@IntegrationTest
class EventHistoryServiceIT {

    // a timeline of its own: what these tests publish must not change the seeded timeline others check
    private static final String TIMELINE = "history-desk";

    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    EventHistoryService history;
    @Autowired
    PublishedEventQuery readers;

    @BeforeEach
    void ownTimeline(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, TIMELINE, "ed:EDITOR", "eva:EDITOR", "other:EDITOR", "rita:REVIEWER", "ann:ANNOTATOR");
    }

    private static EventContent content(String headline, String date) {
        return new EventContent(headline, null, UncertainDate.parse(date), null, Place.UNKNOWN,
                Set.of(EventType.AID), Set.of(), Confidence.INFERRED);
    }

    @Test
    void revisions_name_their_author_and_message_and_diff_field_by_field() {
        String headline = "History subject " + UUID.randomUUID();
        EventDetails v1 = as("ed", "EDITOR", () -> ChangeMessage.with("First draft", () -> editing.createDraft(TIMELINE, content(headline, "2024-07"))));
        EventDetails v2 = as("eva", "EDITOR", () -> ChangeMessage.with("Day found in a second source",
                () -> editing.update(v1.id(), v1.version(), content(headline, "2024-07-09"))));
        as("eva", "EDITOR", () -> workflow.submit(v2.id(), v2.version(), "Ready"));

        List<EventRevision> revisions = as("rita", "REVIEWER", () -> history.revisions(v1.id()));

        assertThat(revisions).hasSize(3);
        assertThat(revisions).extracting(r -> r.entry().author()).containsExactly("eva", "eva", "ed");
        assertThat(revisions).extracting(r -> r.entry().message())
                .containsExactly("Submitted for review: Ready", "Day found in a second source", "First draft");
        assertThat(revisions.getFirst().status()).isEqualTo(EventStatus.IN_REVIEW);

        long first = revisions.get(2).entry().revision();
        long second = revisions.get(1).entry().revision();
        List<FieldChange> changes = as("rita", "REVIEWER", () -> history.diff(v1.id(), first, second));
        assertThat(changes).extracting(FieldChange::field).containsExactly("Start");
        assertThat(changes.getFirst().before()).startsWith("July 2024");
        assertThat(changes.getFirst().after()).startsWith("9 Jul 2024");
    }

    @Test
    void revisions_are_numbered_per_event_and_name_the_public_revision_readers_know() {
        String headline = "Numbered " + UUID.randomUUID();
        EventDetails other = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Other " + UUID.randomUUID(), "2024-06")));
        EventDetails draft = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content(headline, "2024-07")));
        EventDetails sent = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));
        EventDetails live = as("rita", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
        as("ed", "EDITOR", () -> editing.relate(live.id(), RelationKind.FOLLOWS, other.id()));
        EventDetails related = as("ed", "EDITOR", () -> editing.get(live.id()));
        EventDetails changed = as("ed", "EDITOR", () -> editing.update(live.id(), related.version(), content(headline, "2024-07-09")));
        EventDetails resent = as("ed", "EDITOR", () -> workflow.submit(changed.id(), changed.version(), "Day found"));
        as("rita", "REVIEWER", () -> workflow.approve(resent.id(), resent.version(), null));

        List<EventRevision> revisions = as("ed", "EDITOR", () -> history.revisions(draft.id()));

        // 1 created, 2 submitted, 3 approved, 4 related, 5 dated, 6 submitted, 7 approved: no gaps from other events
        assertThat(revisions).extracting(EventRevision::number).containsExactly(7, 6, 5, 4, 3, 2, 1);
        assertThat(revisions).extracting(EventRevision::publicRevision).containsExactly(2, null, null, null, 1, null, null);
        assertThat(readers.revisions(TIMELINE, draft.slug())).extracting(r -> r.number()).containsExactly(1, 2);

        // the relation is part of what changed between the two public revisions, named by the other event's headline
        List<FieldChange> changes = as("ed", "EDITOR", () -> history.diff(draft.id(), revisions.get(4).entry().revision(),
                revisions.getFirst().entry().revision()));
        assertThat(changes).extracting(FieldChange::field).containsExactly("Start", "Related events");
        assertThat(changes.get(1).before()).isEmpty();
        assertThat(changes.get(1).after()).isEqualTo("follows: " + other.content().headline());
    }

    @Test
    void restoring_a_published_event_is_a_new_revision_that_waits_for_review() {
        String headline = "Restorable " + UUID.randomUUID();
        EventDetails draft = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content(headline, "2024-08-01")));
        EventDetails sent = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));
        EventDetails live = as("rita", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
        EventDetails changed = as("ed", "EDITOR", () -> editing.update(live.id(), live.version(), content("Vandalised", "2024-08-02")));
        long original = as("ed", "EDITOR", () -> history.revisions(draft.id())).getLast().entry().revision();

        EventDetails restored = as("ed", "EDITOR", () -> history.restore(draft.id(), original, changed.version()));

        assertThat(restored.content().headline()).isEqualTo(headline);
        assertThat(restored.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(as("ed", "EDITOR", () -> history.revisions(draft.id())).getFirst().entry().message())
                .isEqualTo("Restored revision 1");
        // the first revision was a draft too, so nothing differs from it any more
        assertThat(as("ed", "EDITOR", () -> history.diffToCurrent(draft.id(), original))).isEmpty();
        assertThat(readers.event(TIMELINE, draft.slug()).content().headline()).isEqualTo(headline);
    }

    @Test
    void restoring_brings_back_the_actors_citations_and_quotes_of_that_revision() {
        String headline = "Cited " + UUID.randomUUID();
        EventLinks cited = new EventLinks(List.of(new ActorLink("UN OCHA", ActorKind.ORGANISATION, ActorRole.SPEAKER)),
                List.of(new CitationInput(new SourceInput("https://example.org/report", "OCHA", "Flash update", null, "en", null),
                        "Convoy reached the city", "the date", CitationStance.AGREES)), List.of());
        EventDetails draft = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content(headline, "2024-08-03"), cited));
        EventDetails stripped = as("ed", "EDITOR", () -> editing.update(draft.id(), draft.version(),
                content(headline, "2024-08-03"), EventLinks.NONE));
        assertThat(stripped.citations()).isEmpty();
        long original = as("ed", "EDITOR", () -> history.revisions(draft.id())).getLast().entry().revision();

        EventDetails restored = as("ed", "EDITOR", () -> history.restore(draft.id(), original, stripped.version()));

        assertThat(restored.citations()).singleElement().satisfies(c -> {
            assertThat(c.source().url()).isEqualTo("https://example.org/report");
            assertThat(c.quote()).isEqualTo("Convoy reached the city");
        });
        assertThat(restored.actors()).extracting(ActorLink::name).containsExactly("UN OCHA");
        assertThat(as("ed", "EDITOR", () -> history.diffToCurrent(draft.id(), original))).isEmpty();
    }

    @Test
    void the_timeline_feed_lists_recent_changes_newest_first() {
        String headline = "Feed item " + UUID.randomUUID();
        as("ed", "EDITOR", () -> ChangeMessage.with("New in the feed", () -> editing.createDraft(TIMELINE, content(headline, "2024-09-09"))));

        List<RecentChange> feed = as("rita", "REVIEWER", () -> history.recentChanges(TIMELINE, 10));

        assertThat(feed.getFirst().headline()).isEqualTo(headline);
        assertThat(feed.getFirst().entry().author()).isEqualTo("ed");
        assertThat(feed.getFirst().entry().message()).isEqualTo("New in the feed");
    }

    @Test
    void annotators_and_readers_cannot_read_history_and_reviewers_cannot_restore() {
        EventDetails draft = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Private history " + UUID.randomUUID(), "2024-10-10")));

        assertThatThrownBy(() -> as("ann", "ANNOTATOR", () -> history.revisions(draft.id())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> history.revisions(draft.id()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> history.restore(draft.id(), 1, draft.version())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
