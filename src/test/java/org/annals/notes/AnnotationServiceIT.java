package org.annals.notes;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventLinks;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.publication.PublishedEventQuery;
import org.annals.publication.spi.EditorsNote;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Team notes on the real PostgreSQL: anchors, threads, mentions, inbox, history, editor's notes and who may do what. */
@IntegrationTest
class AnnotationServiceIT {

    private static final String DESK = "notes-desk";
    private static final String URL = "https://example.org/report";
    private static final String SUMMARY = "Talks resumed in **Istanbul** on 16 May. Both sides swapped prisoners.";
    private static final String QUOTE = "We agreed to exchange a thousand prisoners each.";

    @Autowired
    AnnotationService notes;
    @Autowired
    InboxService inbox;
    @Autowired
    PublishedEventQuery published;
    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private EventDetails event;

    @BeforeEach
    void desk() {
        Teams.on(timelines, accounts, DESK, "ann-editor:EDITOR", "ann-reviewer:REVIEWER", "ann-annotator:ANNOTATOR",
                "ann-second:ANNOTATOR");
        Teams.on(timelines, accounts, "notes-elsewhere", "ann-outsider:EDITOR");
        event = as("ann-editor", "EDITOR", () -> editing.createDraft(DESK, content(SUMMARY), links()));
    }

    private static EventContent content(String summary) {
        return new EventContent("Prisoner exchange " + System.nanoTime(), summary, UncertainDate.parse("2025-05-16"), null,
                new Place("Istanbul", null, org.annals.event.PlacePrecision.NONE), Set.of(EventType.DIPLOMATIC), Set.of(),
                Confidence.UNVERIFIED);
    }

    private static EventLinks links() {
        return new EventLinks(List.of(), List.of(new CitationInput(new SourceInput(URL, "Example", "Report", null, "en", null),
                QUOTE, "the exchange", CitationStance.AGREES)), List.of());
    }

    private NoteThread annotate(String user, Anchor anchor, String body) {
        return as(user, "ANNOTATOR", () -> notes.annotate(event.id(), anchor, body));
    }

    private long stored() {
        return jdbc.sql("select count(*) from annotation where event_id = :id").param("id", event.id().value()).query(Long.class).single();
    }

    @Test
    void an_annotator_annotates_the_event_a_field_a_citation_and_passages() {
        annotate("ann-annotator", Anchor.EVENT, "Is this the **second** round?");
        annotate("ann-annotator", Anchor.field(AnchorTarget.DATE), "Some sources say 15 May");
        annotate("ann-annotator", Anchor.citation(URL, null), "Paywalled; archive it");
        NoteThread passage = annotate("ann-annotator", Anchor.summary("Talks resumed in Istanbul"), "Which venue?");
        NoteThread quoted = annotate("ann-annotator", Anchor.citation(URL, "a thousand prisoners"), "The number differs elsewhere");

        assertThat(passage.note().anchor().quote().suffix()).startsWith(" on 16 May");
        assertThat(quoted.note().anchor().quote().prefix()).endsWith("to exchange ");
        List<NoteThread> threads = as("ann-reviewer", "REVIEWER", () -> notes.threads(event.id()));
        assertThat(threads).extracting(t -> t.note().anchor().target())
                .containsExactly(AnchorTarget.EVENT, AnchorTarget.DATE, AnchorTarget.CITATION, AnchorTarget.SUMMARY, AnchorTarget.CITATION);
        assertThat(threads.getFirst().note().bodyHtml()).contains("<strong>second</strong>");
        assertThat(threads).noneMatch(t -> t.note().orphaned());
    }

    @Test
    void a_passage_that_is_gone_after_an_edit_is_flagged_orphaned_and_the_annotator_hears_of_the_change() {
        annotate("ann-annotator", Anchor.summary("Both sides swapped prisoners"), "Numbers?");
        annotate("ann-annotator", Anchor.summary("Talks resumed"), "Still there after the edit");
        EventDetails edited = as("ann-editor", "EDITOR", () -> editing.update(event.id(), event.version(),
                content("Talks resumed in Istanbul. The exchange was postponed.")));

        List<NoteThread> threads = as("ann-annotator", "ANNOTATOR", () -> notes.threads(event.id()));
        assertThat(threads).extracting(t -> t.note().orphaned()).containsExactly(true, false);
        assertThat(as("ann-annotator", "ANNOTATOR", () -> inbox.items(10)))
                .anyMatch(i -> i.kind() == InboxKind.EVENT_CHANGED && i.eventId() == event.id().value() && i.actor().equals("ann-editor")
                        && edited.content().headline().equals(i.eventHeadline()));
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_is_stored() {
        assertThatThrownBy(() -> annotate("ann-annotator", Anchor.summary("peace treaty signed"), "Where?"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not contain \"peace treaty signed\"");
        assertThatThrownBy(() -> annotate("ann-annotator", Anchor.citation("https://nowhere.example/x", null), "?"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no citation of https://nowhere.example/x");
        assertThatThrownBy(() -> annotate("ann-annotator", Anchor.EVENT, "   "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> annotate("ann-annotator", Anchor.EVENT, "x".repeat(AnnotationService.BODY_MAX + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 10000");
        assertThatThrownBy(() -> annotate("ann-annotator", Anchor.EVENT, "hi <script>alert(1)</script>"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> annotate("ann-annotator", Anchor.EVENT, "Ask @ann-outsider and @ann-editor"))
                .isInstanceOf(InvalidInputException.class).hasMessage(
                        "Only members of this timeline's team can be mentioned; not @ann-outsider");
        assertThat(stored()).isZero();
        assertThat(as("ann-editor", "EDITOR", () -> inbox.items(50))).noneMatch(i -> i.eventId() == event.id().value());
    }

    @Test
    void mentions_and_replies_reach_the_inbox_and_can_be_marked_read() {
        long before = as("ann-editor", "EDITOR", () -> inbox.unread());
        NoteThread thread = annotate("ann-annotator", Anchor.EVENT, "@ann-editor can you check the date? (mail: a@b.org)");
        assertThat(thread.note().mentions()).containsExactly("ann-editor");
        as("ann-second", "ANNOTATOR", () -> notes.reply(thread.id(), "I checked, it is right"));

        assertThat(as("ann-editor", "EDITOR", () -> inbox.unread())).isEqualTo(before + 1);
        List<InboxItem> annotatorInbox = as("ann-annotator", "ANNOTATOR", () -> inbox.items(5));
        assertThat(annotatorInbox.getFirst().kind()).isEqualTo(InboxKind.REPLY);
        assertThat(annotatorInbox.getFirst().actor()).isEqualTo("ann-second");
        // each item names its event (issue 15: "inbox items do not name their event")
        assertThat(annotatorInbox.getFirst().eventHeadline()).isEqualTo(event.content().headline());

        InboxItem mention = as("ann-editor", "EDITOR", () -> inbox.items(5)).getFirst();
        assertThat(mention.kind()).isEqualTo(InboxKind.MENTION);
        assertThatThrownBy(() -> as("ann-annotator", "ANNOTATOR", () -> inbox.markRead(mention.id())))
                .isInstanceOf(NotFoundException.class);
        as("ann-editor", "EDITOR", () -> inbox.markRead(mention.id()));
        assertThat(as("ann-editor", "EDITOR", () -> inbox.unread())).isEqualTo(before);
        as("ann-annotator", "ANNOTATOR", () -> inbox.markAllRead());
        assertThat(as("ann-annotator", "ANNOTATOR", () -> inbox.unread())).isZero();
    }

    @Test
    void authors_edit_and_delete_their_own_notes_softly_and_the_history_keeps_them() {
        NoteThread thread = annotate("ann-annotator", Anchor.EVENT, "First thought");
        Note edited = as("ann-annotator", "ANNOTATOR", () -> notes.edit(thread.id(), thread.note().version(), "Second thought"));
        assertThat(edited.edited()).isTrue();
        assertThatThrownBy(() -> as("ann-second", "ANNOTATOR", () -> notes.edit(thread.id(), edited.version(), "Mine now")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ann-second", "ANNOTATOR", () -> notes.delete(thread.id())))
                .isInstanceOf(AccessDeniedException.class);
        as("ann-annotator", "ANNOTATOR", () -> notes.delete(thread.id()));

        NoteThread shown = as("ann-editor", "EDITOR", () -> notes.threads(event.id())).getFirst();
        assertThat(shown.note().deleted()).isTrue();
        assertThat(shown.note().body()).isEmpty();
        assertThat(stored()).isOne();
        List<NoteRevision> history = as("ann-editor", "EDITOR", () -> notes.history(thread.id()));
        assertThat(history).extracting(NoteRevision::body).containsExactly("Second thought", "Second thought", "First thought");
        assertThat(history.getFirst().deleted()).isTrue();
        assertThat(history.getFirst().by()).isEqualTo("ann-annotator");
    }

    @Test
    void threads_are_resolved_and_reopened_and_the_grid_counts_open_ones() {
        NoteThread first = annotate("ann-annotator", Anchor.EVENT, "One");
        annotate("ann-annotator", Anchor.field(AnchorTarget.PLACE), "Two");
        assertThat(as("ann-editor", "EDITOR", () -> notes.openThreadCounts(DESK, List.of(event.id().value()))))
                .containsEntry(event.id().value(), 2);

        Note resolved = as("ann-reviewer", "REVIEWER", () -> notes.resolve(first.id()));
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedBy()).isEqualTo("ann-reviewer");
        assertThat(as("ann-editor", "EDITOR", () -> notes.openThreadCounts(DESK, List.of(event.id().value()))))
                .containsEntry(event.id().value(), 1);
        assertThat(as("ann-editor", "EDITOR", () -> notes.eventsWithOpenThreads(DESK))).contains(event.id().value());

        as("ann-annotator", "ANNOTATOR", () -> notes.reopen(first.id()));
        assertThat(as("ann-editor", "EDITOR", () -> notes.openThreadCounts(DESK, List.of(event.id().value()))))
                .containsEntry(event.id().value(), 2);
        assertThat(as("ann-editor", "EDITOR", () -> editing.rowsAmong(DESK, org.annals.event.EventFilter.ALL,
                notes.eventsWithOpenThreads(DESK), org.annals.event.EventSort.DATE_ASC, 0, 100)))
                .extracting(org.annals.event.EventRow::id).contains(event.id());
    }

    @Test
    void annotator_cannot_publish_an_editors_note_and_readers_see_it_only_once_the_event_is_published() {
        NoteThread thread = annotate("ann-annotator", Anchor.EVENT, "Casualty figures are **disputed**.");
        assertThatThrownBy(() -> as("ann-annotator", "ANNOTATOR", () -> notes.publish(thread.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ann-reviewer", "REVIEWER", () -> notes.publish(thread.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        as("ann-editor", "EDITOR", () -> notes.publish(thread.id(), true));
        as("ann-reviewer", "REVIEWER", () -> notes.approveEditorsNote(thread.id()));
        annotate("ann-annotator", Anchor.EVENT, "Team-only remark");

        // a draft's notes never reach readers, public or not
        assertThatThrownBy(() -> published.editorsNotes(DESK, event.slug())).isInstanceOf(NotFoundException.class);
        EventDetails submitted = as("ann-editor", "EDITOR", () -> workflow.submit(event.id(), event.version(), "ready"));
        as("ann-reviewer", "REVIEWER", () -> workflow.approve(event.id(), submitted.version(), null));

        List<EditorsNote> shown = published.editorsNotes(DESK, event.slug());
        assertThat(shown).extracting(EditorsNote::bodyHtml).containsExactly("<p>Casualty figures are <strong>disputed</strong>.</p>");
    }

    /** Issue 15: "Publish as editor's note" put public text on the page at once, unreviewed and off the record. */
    @Test
    void an_editors_note_goes_public_through_review_on_the_record_and_is_withdrawn_the_same_way() {
        EventDetails submitted = as("ann-editor", "EDITOR", () -> workflow.submit(event.id(), event.version(), "ready"));
        as("ann-reviewer", "REVIEWER", () -> workflow.approve(event.id(), submitted.version(), null));
        NoteThread thread = annotate("ann-annotator", Anchor.EVENT, "The **casualty figure** is the governor's.");

        Note proposed = as("ann-editor", "EDITOR", () -> notes.publish(thread.id(), true));
        assertThat(proposed.visibility()).isEqualTo(NoteVisibility.PROPOSED);
        assertThat(proposed.visibilityBy()).isEqualTo("ann-editor");
        assertThat(published.editorsNotes(DESK, event.slug())).isEmpty();
        assertThat(published.corrections(DESK)).noneMatch(c -> c.eventSlug().equals(event.slug()));
        // text readers will see changes only through review
        assertThatThrownBy(() -> as("ann-annotator", "ANNOTATOR", () -> notes.edit(thread.id(), proposed.version(), "Changed")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("team-only first");
        assertThatThrownBy(() -> as("ann-editor", "EDITOR", () -> notes.approveEditorsNote(thread.id())))
                .isInstanceOf(AccessDeniedException.class);

        as("ann-reviewer", "REVIEWER", () -> notes.approveEditorsNote(thread.id()));
        assertThat(published.editorsNotes(DESK, event.slug())).extracting(EditorsNote::bodyHtml)
                .containsExactly("<p>The <strong>casualty figure</strong> is the governor's.</p>");
        assertThat(published.corrections(DESK)).filteredOn(c -> c.eventSlug().equals(event.slug()))
                .extracting(c -> c.note()).containsExactly("Editor's note added: “The casualty figure is the governor's.”");

        as("ann-editor", "EDITOR", () -> notes.publish(thread.id(), false));
        assertThat(published.editorsNotes(DESK, event.slug())).isEmpty();
        assertThat(published.corrections(DESK)).filteredOn(c -> c.eventSlug().equals(event.slug()))
                .extracting(c -> c.note()).contains("Editor's note withdrawn: “The casualty figure is the governor's.”");
    }

    @Test
    void the_editor_who_proposed_a_note_cannot_approve_it_even_as_a_reviewer_and_without_the_rule_it_is_public_at_once() {
        NoteThread thread = annotate("ann-annotator", Anchor.EVENT, "Proposed and approved by one person?");
        as("ann-both", "ADMIN", () -> notes.publish(thread.id(), true));
        assertThatThrownBy(() -> as("ann-both", "ADMIN", () -> notes.approveEditorsNote(thread.id())))
                .isInstanceOf(org.annals.event.WorkflowViolationException.class).hasMessageContaining("Four-eyes");

        String solo = "notes-solo-" + System.nanoTime();
        as("ann-both", "ADMIN", () -> {
            timelines.create(new org.annals.timeline.NewTimeline(solo, "Solo desk", null, org.annals.timeline.Visibility.PUBLIC));
            return timelines.setFourEyes(solo, false);
        });
        EventDetails own = as("ann-both", "ADMIN", () -> editing.createDraft(solo, content(SUMMARY), links()));
        NoteThread note = as("ann-both", "ADMIN", () -> notes.annotate(own.id(), Anchor.EVENT, "Solo desk note"));
        assertThat(as("ann-both", "ADMIN", () -> notes.publish(note.id(), true)).visibility()).isEqualTo(NoteVisibility.PUBLIC);
    }

    @Test
    void stranger_cannot_read_team_notes() {
        NoteThread thread = annotate("ann-annotator", Anchor.EVENT, "Team only");
        assertThatThrownBy(() -> as("ann-outsider", "EDITOR", () -> notes.threads(event.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ann-outsider", "EDITOR", () -> notes.reply(thread.id(), "let me in")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ann-outsider", "EDITOR", () -> notes.history(thread.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ann-outsider", "EDITOR", () -> notes.annotate(event.id(), Anchor.EVENT, "hi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ann-outsider", "EDITOR", () -> notes.openThreadCounts(DESK, List.of(event.id().value()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.threads(event.id()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(stored()).isOne();
    }
}
