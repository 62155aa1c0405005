package org.annals.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.history.ChangeMessage;
import org.annals.shared.EditConflictException;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The editing service against the real database: rules at the door, nothing half-stored, every change audited. */
@IntegrationTest
class EventEditingServiceIT {

    private static final String TIMELINE = "russia-ukraine-war";

    @Autowired
    EventEditingService editing;
    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void team(@Autowired org.annals.timeline.TimelineService timelines, @Autowired org.annals.security.AccountService accounts) {
        org.annals.Teams.on(timelines, accounts, TIMELINE, "ed:EDITOR", "eva:EDITOR", "other:EDITOR", "rita:REVIEWER", "ann:ANNOTATOR");
    }

    private static EventContent content(String headline) {
        return new EventContent(headline, "A *summary*.", UncertainDate.parse("2024-03-01"), null,
                new Place("Kyiv", new GeoPoint(50.45, 30.52), PlacePrecision.APPROXIMATE),
                Set.of(EventType.STATEMENT), Set.of("test"), Confidence.UNVERIFIED);
    }

    private int eventCount() {
        return jdbc.sql("select count(*) from timeline_event").query(Integer.class).single();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_saves_a_draft_and_the_revision_records_who_and_why() {
        EventDetails draft = ChangeMessage.with("First draft", () -> editing.createDraft(TIMELINE, content("An editor's draft")));

        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(draft.slug()).startsWith("2024-03-01-editor-s-draft");
        Map<String, Object> revision = jdbc.sql("""
                select r.username, r.message from timeline_event_aud a join revinfo r on r.rev = a.rev
                where a.id = :id and a.revtype = 0""").param("id", draft.id().value()).query().singleRow();
        assertThat(revision).containsEntry("username", "editor").containsEntry("message", "First draft");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_stale_save_is_refused_instead_of_overwriting_someone_elses_work() {
        EventDetails draft = editing.createDraft(TIMELINE, content("Two editors, one draft"));
        EventDetails first = editing.update(draft.id(), draft.version(), content("Two editors, one draft — first save"));

        assertThatThrownBy(() -> editing.update(draft.id(), draft.version(), content("Two editors, one draft — stale save")))
                .isInstanceOf(EditConflictException.class);
        assertThat(editing.get(draft.id()).content().headline()).isEqualTo(first.content().headline());
    }

    @Test
    void bad_input_is_refused_at_the_field_before_anything_is_stored() {
        record Case(String field, Runnable build) {
        }
        List<Case> cases = List.of(
                new Case("latitude", () -> new GeoPoint(95, 30)),
                new Case("headline", () -> content("x".repeat(10_000))),
                new Case("headline", () -> content("<script>alert(1)</script>")),
                new Case("headline", () -> content(" ")),
                new Case("summary", () -> new EventContent("Fine", "<iframe src='https://evil.example'></iframe>",
                        UncertainDate.parse("2024-01-01"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.VERIFIED)),
                new Case("summary", () -> new EventContent("Fine", "[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
                        UncertainDate.parse("2024-01-01"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.VERIFIED)),
                new Case("end", () -> new EventContent("Fine", null, UncertainDate.parse("2024-01-10"),
                        UncertainDate.parse("2024-01-09"), Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.VERIFIED)),
                new Case("url", () -> new SourceInput("javascript:alert(1)", null, null, null, null, null)),
                new Case("url", () -> new SourceInput("ftp://example.org/file", null, null, null, null, null)),
                new Case("url", () -> new SourceInput("https://", null, null, null, null, null)),
                new Case("types", () -> new EventContent("Fine", null, UncertainDate.parse("2024-01-10"), null,
                        Place.UNKNOWN, Set.of(), Set.of(), Confidence.VERIFIED)));
        int before = eventCount();

        for (Case c : cases) {
            assertThatThrownBy(c.build::run).as(c.field).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(c.field));
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void a_draft_needs_an_existing_timeline() {
        int before = eventCount();
        assertThatThrownBy(() -> editing.createDraft("no-such-timeline", content("Orphan")))
                .isInstanceOf(org.annals.shared.NotFoundException.class);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_reader_without_an_account_cannot_write() {
        assertThatThrownBy(() -> editing.createDraft(TIMELINE, content("Anonymous")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "annotator", roles = "ANNOTATOR")
    void annotator_cannot_write_events() {
        assertThatThrownBy(() -> editing.createDraft(TIMELINE, content("Annotator's attempt")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void editor_cannot_import_published_events() {
        ImportedEvent imported = new ImportedEvent("X1", null, content("Bypass review"), List.of(), List.of(), List.of(),
                EventStatus.PUBLISHED);
        assertThatThrownBy(() -> editing.importEvent(TIMELINE, imported)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_grid_query_filters_by_words_type_and_status_and_counts_the_same() {
        EventFilter filter = new EventFilter(Set.of(EventStatus.PUBLISHED), null, null, Set.of(EventType.DIPLOMATIC), null, "istanbul");

        List<EventRow> rows = editing.rows(TIMELINE, filter, EventSort.DATE_ASC, 0, 50);

        assertThat(rows).isNotEmpty().allMatch(r -> r.types().contains(EventType.DIPLOMATIC));
        assertThat(rows).extracting(EventRow::headline).anyMatch(h -> h.toLowerCase().contains("istanbul"));
        assertThat(editing.count(TIMELINE, filter)).isEqualTo(rows.size());
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void the_grid_filters_by_actor_tag_confidence_and_a_window_that_uncertain_dates_overlap() {
        EventFilter filter = new EventFilter(Set.of(), java.time.LocalDate.of(2023, 6, 9), java.time.LocalDate.of(2023, 6, 9),
                Set.of(), "Ukraine", null, Set.of("counteroffensive"), Set.of(Confidence.INFERRED));

        List<EventRow> rows = editing.rows(TIMELINE, filter, EventSort.DATE_ASC, 0, 50);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.headline()).contains("counteroffensive"));
        assertThat(editing.count(TIMELINE, new EventFilter(Set.of(), null, null, Set.of(), null, null,
                Set.of("no-such-tag"), Set.of()))).isZero();
    }
}
