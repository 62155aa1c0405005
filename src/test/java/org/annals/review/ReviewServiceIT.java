package org.annals.review;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EditorialState;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.event.WorkflowViolationException;
import org.annals.publication.CorrectionKind;
import org.annals.publication.EventRetractedException;
import org.annals.publication.PublishedEventQuery;
import org.annals.security.AccountService;
import org.annals.shared.EditConflictException;
import org.annals.shared.NotFoundException;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Review and publication against the real database, played by several people in turn. */
@IntegrationTest
class ReviewServiceIT {

    // a timeline of its own: what these tests publish must not change the seeded timeline others check
    private static final String TIMELINE = "workflow-desk";

    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    PublishedEventQuery readers;
    @Autowired
    TimelineService timelines;

    @BeforeEach
    void ownTimeline(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, TIMELINE, "ed:EDITOR", "eva:EDITOR", "other:EDITOR", "rita:REVIEWER", "ann:ANNOTATOR");
    }

    private static EventContent content(String headline) {
        return new EventContent(headline, null, UncertainDate.parse("2024-05-05"), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
    }

    private EventDetails draft(String headline) {
        return as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content(headline)));
    }

    private EventDetails publish(EventDetails draft) {
        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Ready"));
        return as("rita", "REVIEWER", () -> workflow.approve(submitted.id(), submitted.version(), null));
    }

    private boolean readersSee(String slug) {
        try {
            readers.event(TIMELINE, slug);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Test
    void draft_is_submitted_returned_fixed_resubmitted_approved_and_then_readers_see_it() {
        EventDetails draft = draft("Workflow journey " + UUID.randomUUID());
        assertThat(readersSee(draft.slug())).isFalse();

        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Please review"));
        assertThat(submitted.status()).isEqualTo(EventStatus.IN_REVIEW);
        assertThat(readersSee(draft.slug())).isFalse();

        EventDetails returned = as("rita", "REVIEWER", () -> workflow.returnToEditor(submitted.id(), submitted.version(), "Cite a source for the date"));
        EditorialState state = as("ed", "EDITOR", () -> editing.state(draft.id()));
        assertThat(state.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(state.reviewComment()).isEqualTo("Cite a source for the date");

        EventDetails fixed = as("ed", "EDITOR", () -> editing.update(returned.id(), returned.version(), content(draft.content().headline() + " (fixed)")));
        EventDetails resubmitted = as("ed", "EDITOR", () -> workflow.submit(fixed.id(), fixed.version(), "Fixed"));
        as("rita", "REVIEWER", () -> workflow.approve(resubmitted.id(), resubmitted.version(), null));

        assertThat(readers.event(TIMELINE, draft.slug()).content().headline()).endsWith("(fixed)");
        assertThat(as("ed", "EDITOR", () -> editing.state(draft.id())).reviewComment()).isNull();
    }

    @Test
    void four_eyes_rule_stops_the_author_approving_their_own_change_unless_the_timeline_turns_it_off() {
        EventDetails own = as("ada", "ADMIN", () -> editing.createDraft(TIMELINE, content("Own change " + UUID.randomUUID())));
        EventDetails submitted = as("ada", "ADMIN", () -> workflow.submit(own.id(), own.version(), "Mine"));

        assertThat(as("ada", "ADMIN", () -> workflow.fourEyesAllowsApproval(own.id()))).isFalse();
        assertThat(as("rita", "REVIEWER", () -> workflow.fourEyesAllowsApproval(own.id()))).isTrue();
        assertThatThrownBy(() -> as("ada", "ADMIN", () -> workflow.approve(submitted.id(), submitted.version(), null)))
                .isInstanceOf(WorkflowViolationException.class).hasMessageContaining("Four-eyes");
        as("rita", "REVIEWER", () -> workflow.approve(submitted.id(), submitted.version(), null));
        assertThat(readersSee(own.slug())).isTrue();

        String slug = "solo-" + UUID.randomUUID().toString().substring(0, 8);
        as("ada", "ADMIN", () -> {
            timelines.create(new NewTimeline(slug, "Solo desk", null, Visibility.PUBLIC));
            timelines.setFourEyes(slug, false);
            EventDetails solo = editing.createDraft(slug, content("Solo newsroom"));
            EventDetails sent = workflow.submit(solo.id(), solo.version(), "Mine");
            assertThat(workflow.fourEyesAllowsApproval(solo.id())).isTrue();
            assertThat(workflow.approve(sent.id(), sent.version(), null).status()).isEqualTo(EventStatus.PUBLISHED);
        });
    }

    @Test
    void a_correction_stays_pending_while_readers_keep_the_published_version() {
        EventDetails published = publish(draft("Original wording " + UUID.randomUUID()));
        String original = published.content().headline();

        EventDetails corrected = as("ed", "EDITOR", () -> editing.update(published.id(), published.version(), content("Corrected wording")));
        assertThat(as("ed", "EDITOR", () -> editing.state(published.id())).pendingCorrection()).isTrue();
        assertThat(readers.event(TIMELINE, published.slug()).content().headline()).isEqualTo(original);

        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(corrected.id(), corrected.version(), "Fix wording"));
        assertThat(readers.event(TIMELINE, published.slug()).content().headline()).isEqualTo(original);
        as("rita", "REVIEWER", () -> workflow.approve(submitted.id(), submitted.version(), "The headline overstated the outcome"));

        assertThat(readers.event(TIMELINE, published.slug()).content().headline()).isEqualTo("Corrected wording");
        assertThat(readers.corrections(TIMELINE)).anyMatch(c -> c.eventSlug().equals(published.slug())
                && c.kind() == CorrectionKind.CORRECTION && c.note().equals("The headline overstated the outcome"));
    }

    @Test
    void a_correction_approved_without_a_note_still_says_in_the_public_log_what_changed() {
        EventDetails published = publish(draft("Talks in Istanbul " + UUID.randomUUID()));
        EventDetails other = publish(draft("Grain deal signed " + UUID.randomUUID()));

        EventDetails corrected = as("ed", "EDITOR", () -> editing.update(published.id(), published.version(),
                new EventContent(published.content().headline(), "Delegations met at Dolmabahçe Palace.",
                        UncertainDate.parse("2022-03-29"), null, Place.UNKNOWN, Set.of(EventType.DIPLOMATIC), Set.of(),
                        Confidence.VERIFIED)));
        as("ed", "EDITOR", () -> editing.relate(corrected.id(), org.annals.event.RelationKind.FOLLOWS, other.id()));
        EventDetails pending = as("ed", "EDITOR", () -> editing.get(published.id()));
        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(pending.id(), pending.version(), "Dated and described"));
        as("rita", "REVIEWER", () -> workflow.approve(submitted.id(), submitted.version(), null));

        assertThat(readers.corrections(TIMELINE)).filteredOn(c -> c.eventSlug().equals(published.slug())).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(CorrectionKind.CORRECTION);
                    assertThat(c.note()).isEqualTo("Updated: summary, start, related events.");
                    // named part by part, so the Ukrainian log can name them too
                    assertThat(c.changedParts()).containsExactly("summary", "start", "related events");
                    assertThat(c.minor()).isFalse();
                });

        // approving again with nothing readers would see changed adds nothing to the log
        EventDetails touched = as("ed", "EDITOR", () -> editing.update(published.id(), as("ed", "EDITOR",
                () -> editing.get(published.id())).version(), as("ed", "EDITOR", () -> editing.get(published.id())).content()));
        EventDetails resent = as("ed", "EDITOR", () -> workflow.submit(touched.id(), touched.version(), "No change"));
        as("rita", "REVIEWER", () -> workflow.approve(resent.id(), resent.version(), null));
        assertThat(readers.corrections(TIMELINE)).filteredOn(c -> c.eventSlug().equals(published.slug())).hasSize(1);
    }

    /** Issue 17: how a date was settled is the date's note, which readers see only once a reviewer approved it. */
    @Test
    void a_note_on_the_date_reaches_readers_through_review_and_the_log_names_it() {
        EventDetails published = publish(draft("Cruiser sinks " + UUID.randomUUID()));
        EventContent was = published.content();
        String note = "The cruiser was hit overnight on 13–14 April 2022 and its sinking was announced late on 14 April.";
        EventDetails noted = as("ed", "EDITOR", () -> editing.update(published.id(), published.version(), new EventContent(
                was.headline(), was.summary(), was.start(), was.end(), note, was.place(), was.types(), was.tags(),
                was.confidence())));
        assertThat(readers.event(TIMELINE, published.slug()).content().dateNote()).isNull();

        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(noted.id(), noted.version(), "Dating explained"));
        as("rita", "REVIEWER", () -> workflow.approve(submitted.id(), submitted.version(), null));

        assertThat(readers.event(TIMELINE, published.slug()).content().dateNote()).isEqualTo(note);
        assertThat(readers.corrections(TIMELINE)).filteredOn(c -> c.eventSlug().equals(published.slug())).singleElement()
                .satisfies(c -> {
                    assertThat(c.note()).isEqualTo("Updated: date note.");
                    assertThat(c.changedParts()).containsExactly("date note");
                });
        // a label change made in bulk keeps the note (it rewrites the content around it)
        EventContent current = as("ed", "EDITOR", () -> editing.get(published.id())).content();
        assertThat(new LabelChange(Set.of(), Set.of(), Set.of("winter"), Set.of()).applyTo(current).dateNote()).isEqualTo(note);
    }

    @Test
    void a_change_approved_as_minor_is_listed_as_minor_with_its_note() {
        EventDetails published = publish(draft("Talks in Istanbl " + UUID.randomUUID()));
        EventDetails fixed = as("ed", "EDITOR", () -> editing.update(published.id(), published.version(), new EventContent(
                published.content().headline().replace("Istanbl", "Istanbul"), published.content().summary(),
                published.content().start(), null, Place.UNKNOWN, published.content().types(), Set.of(), published.content().confidence())));
        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(fixed.id(), fixed.version(), "Typo"));
        as("rita", "REVIEWER", () -> workflow.approve(submitted.id(), submitted.version(), "Spelling of Istanbul", true));

        assertThat(readers.corrections(TIMELINE)).filteredOn(c -> c.eventSlug().equals(published.slug())).singleElement()
                .satisfies(c -> {
                    assertThat(c.minor()).isTrue();
                    assertThat(c.note()).isEqualTo("Spelling of Istanbul");
                    assertThat(c.changedParts()).isEmpty();
                    assertThat(c.revision()).isEqualTo(2);
                });
    }

    @Test
    void a_retracted_event_leaves_a_public_note_instead_of_disappearing() {
        EventDetails published = publish(draft("To be retracted " + UUID.randomUUID()));
        int before = readers.count(TIMELINE, EventFilter.ALL);

        as("rita", "REVIEWER", () -> workflow.retract(published.id(), published.version(), "Based on a fabricated report"));

        assertThatThrownBy(() -> readers.event(TIMELINE, published.slug())).isInstanceOf(EventRetractedException.class)
                .satisfies(e -> assertThat(((EventRetractedException) e).note()).isEqualTo("Based on a fabricated report"));
        assertThat(readers.count(TIMELINE, EventFilter.ALL)).isEqualTo(before - 1);
        assertThat(readers.corrections(TIMELINE)).anyMatch(c -> c.eventSlug().equals(published.slug())
                && c.kind() == CorrectionKind.RETRACTION);
        EventDetails retracted = as("ed", "EDITOR", () -> editing.get(published.id()));
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> editing.update(retracted.id(), retracted.version(), content("Revive"))))
                .isInstanceOf(WorkflowViolationException.class);
    }

    @Test
    void steps_out_of_order_or_on_a_stale_version_are_refused() {
        EventDetails draft = draft("Out of order " + UUID.randomUUID());

        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> workflow.approve(draft.id(), draft.version(), null)))
                .isInstanceOf(WorkflowViolationException.class).hasMessageContaining("only events in review");
        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));
        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> workflow.approve(draft.id(), draft.version(), null)))
                .isInstanceOf(EditConflictException.class);
        assertThat(submitted.status()).isEqualTo(EventStatus.IN_REVIEW);
    }

    @Test
    void editor_cannot_approve_return_or_retract() {
        EventDetails draft = draft("Editor overreach " + UUID.randomUUID());
        EventDetails submitted = as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));

        assertThatThrownBy(() -> as("other", "EDITOR", () -> workflow.approve(submitted.id(), submitted.version(), null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("other", "EDITOR", () -> workflow.returnToEditor(submitted.id(), submitted.version(), "No")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("other", "EDITOR", () -> workflow.retract(submitted.id(), submitted.version(), "No")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void annotator_cannot_submit_and_reviewer_cannot_write() {
        EventDetails draft = draft("Role limits " + UUID.randomUUID());

        assertThatThrownBy(() -> as("ann", "ANNOTATOR", () -> workflow.submit(draft.id(), draft.version(), "Go")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> editing.createDraft(TIMELINE, content("Reviewer writing"))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> editing.update(draft.id(), draft.version(), content("Reviewer writing"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_submission_needs_a_message() {
        EventDetails draft = draft("Silent submit " + UUID.randomUUID());

        assertThatThrownBy(() -> as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "  ")))
                .isInstanceOf(org.annals.shared.InvalidInputException.class).hasMessageContaining("Message");
    }
}
