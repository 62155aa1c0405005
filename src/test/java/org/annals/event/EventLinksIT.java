package org.annals.event;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.review.ReviewService;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Actors, citations and disagreements saved with an event: sources reused by URL, contradictions resolved first. */
@IntegrationTest
class EventLinksIT {

    private static final String TIMELINE = "russia-ukraine-war";
    private static final String ARTICLE = "https://www.calitoday.net/2025/10/russia-declares-post-summit-peace.html";

    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void team(@Autowired org.annals.timeline.TimelineService timelines, @Autowired org.annals.security.AccountService accounts) {
        org.annals.Teams.on(timelines, accounts, TIMELINE, "ed:EDITOR", "eva:EDITOR", "other:EDITOR", "rita:REVIEWER", "ann:ANNOTATOR");
    }

    private static EventContent content(String headline) {
        return new EventContent(headline, null, UncertainDate.parse("2025-10-09"), null, Place.UNKNOWN,
                Set.of(EventType.STATEMENT), Set.of(), Confidence.UNVERIFIED);
    }

    private int sourcesWithUrl(String url) {
        return jdbc.sql("select count(*) from source where url = :url").param("url", url).query(Integer.class).single();
    }

    @Test
    void a_source_the_timeline_already_cites_is_reused_not_duplicated() {
        assertThat(as("ed", "EDITOR", () -> editing.source(TIMELINE, ARTICLE))).hasValueSatisfying(s ->
                assertThat(s.publisher()).isEqualTo("CaliToday"));
        EventLinks links = new EventLinks(List.of(new ActorLink("Ryabkov", ActorKind.PERSON, ActorRole.SPEAKER)),
                List.of(new CitationInput(new SourceInput(ARTICLE, null, null, null, null, null),
                        "This is the result of destructive activities, primarily by the Europeans.", "Blames Europeans",
                        CitationStance.AGREES)), List.of());

        EventDetails event = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Follow-up " + UUID.randomUUID()), links));

        assertThat(sourcesWithUrl(ARTICLE)).isEqualTo(1);
        assertThat(event.citations()).singleElement().satisfies(c -> {
            assertThat(c.source().publisher()).isEqualTo("CaliToday");
            assertThat(c.quote()).startsWith("This is the result");
        });
        assertThat(event.actors()).containsExactly(new ActorLink("Ryabkov", ActorKind.PERSON, ActorRole.SPEAKER));
        assertThat(as("ed", "EDITOR", () -> editing.actors(TIMELINE))).contains(new ActorOption("Ryabkov", ActorKind.PERSON));
    }

    @Test
    void saving_links_replaces_them_in_one_revision() {
        EventDetails event = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Links replaced " + UUID.randomUUID()),
                new EventLinks(List.of(new ActorLink("Ukraine", ActorKind.STATE, ActorRole.PARTICIPANT)), List.of(), List.of())));

        EventDetails updated = as("ed", "EDITOR", () -> editing.update(event.id(), event.version(), event.content(),
                new EventLinks(List.of(new ActorLink("Russia", ActorKind.STATE, ActorRole.SPEAKER)), List.of(),
                        List.of(new Disagreement("Date", "One outlet says 10 Oct", "2025-10-09", "Three outlets agree")))));

        assertThat(updated.actors()).containsExactly(new ActorLink("Russia", ActorKind.STATE, ActorRole.SPEAKER));
        assertThat(updated.disagreements()).hasSize(1);
        assertThat(updated.version()).isEqualTo(event.version() + 1);
    }

    @Test
    void an_actor_keeps_its_kind_across_events() {
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Kind clash " + UUID.randomUUID()),
                new EventLinks(List.of(new ActorLink("Russia", ActorKind.PERSON, ActorRole.SPEAKER)), List.of(), List.of()))))
                .isInstanceOf(org.annals.shared.InvalidInputException.class).hasMessageContaining("recorded as state");
    }

    @Test
    void an_event_whose_source_contradicts_it_needs_a_recorded_reading_before_review() {
        CitationInput contradicting = new CitationInput(new SourceInput("https://example.org/other-date", "Example", null, null, "en", null),
                "It happened on 10 October", "A different date", CitationStance.CONTRADICTS);
        EventDetails event = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Disputed " + UUID.randomUUID()),
                new EventLinks(List.of(), List.of(contradicting), List.of())));

        assertThatThrownBy(() -> as("ed", "EDITOR", () -> workflow.submit(event.id(), event.version(), "Go")))
                .isInstanceOf(WorkflowViolationException.class).hasMessageContaining("contradicts");

        EventDetails resolved = as("ed", "EDITOR", () -> editing.update(event.id(), event.version(), event.content(),
                new EventLinks(List.of(), List.of(contradicting),
                        List.of(new Disagreement("Date", "example.org says 10 Oct", "9 Oct", "The statement was reported live on 9 Oct")))));
        assertThat(as("ed", "EDITOR", () -> workflow.submit(resolved.id(), resolved.version(), "Go")).status())
                .isEqualTo(EventStatus.IN_REVIEW);
    }

    /** Issue 17: a disagreement names sources among the event's citations, kept with it and refused otherwise. */
    @Test
    void a_disagreement_names_sources_the_event_cites_and_no_other() {
        CitationInput official = new CitationInput(new SourceInput("https://example.org/official", "Ministry", null, null, "en", null),
                null, null, CitationStance.AGREES);
        CitationInput outlet = new CitationInput(new SourceInput("https://example.net/report", "Outlet", null, null, "en", null),
                null, null, CitationStance.CONTRADICTS);
        Disagreement named = new Disagreement("Date", "example.net says 10 Oct", "9 Oct", null,
                List.of("https://example.net/report", "https://example.org/official"));
        EventDetails event = as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, content("Named sources " + UUID.randomUUID()),
                new EventLinks(List.of(), List.of(official, outlet), List.of(named))));

        assertThat(as("ed", "EDITOR", () -> editing.get(event.id())).disagreements().getFirst().sources())
                .containsExactly("https://example.net/report", "https://example.org/official");
        // dropping a source the disagreement names is refused with both named, until the disagreement lets it go
        assertThatThrownBy(() -> new EventLinks(List.of(), List.of(official), List.of(named)))
                .isInstanceOf(org.annals.shared.InvalidInputException.class)
                .hasMessageContaining("‘Date’ names a source the event does not cite: https://example.net/report");
        EventDetails updated = as("ed", "EDITOR", () -> editing.update(event.id(), event.version(), event.content(),
                new EventLinks(List.of(), List.of(official), List.of(new Disagreement("Date", "example.net says 10 Oct", "9 Oct", null,
                        List.of("https://example.org/official"))))));
        assertThat(updated.disagreements().getFirst().sources()).containsExactly("https://example.org/official");
    }
}
