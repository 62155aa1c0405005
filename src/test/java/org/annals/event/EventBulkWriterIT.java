package org.annals.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.annals.IntegrationTest;
import org.annals.history.ChangeMessage;
import org.annals.security.SystemActor;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports are written a chunk at a time with COPY (EventBulkWriter): what editors, readers and the history then see
 * must be what the one-event path (Hibernate and Envers) writes for the same input, down to awkward text.
 */
@IntegrationTest
class EventBulkWriterIT {

    /** Text COPY's CSV must carry as it is: quotes, commas, line breaks, backslashes, braces, Cyrillic, an empty note. */
    private static final String AWKWARD = "He said \"no\", then \\left;\nnext line {a,b} «Київ» NULL \\N";

    @Autowired
    EventEditingService editing;
    @Autowired
    EventHistoryService history;
    @Autowired
    TimelineService timelines;

    @Test
    void an_event_written_in_bulk_reads_back_and_has_the_history_of_one_written_alone() {
        SystemActor.run(() -> {
            timelines.create(new NewTimeline("bulk-alone", "Alone", null, Visibility.PRIVATE));
            timelines.create(new NewTimeline("bulk-chunks", "Chunks", null, Visibility.PRIVATE));
            return null;
        });
        ImportedEvent imported = awkward("B1", EventStatus.DRAFT);

        EventDetails alone = SystemActor.run(() -> editing.importEvent("bulk-alone", imported)).orElseThrow();
        int added = SystemActor.run(() -> ChangeMessage.with("Imported from awkward.json",
                () -> editing.importEvents("bulk-chunks", List.of(imported))));

        assertThat(added).isEqualTo(1);
        long bulkId = SystemActor.run(() -> editing.rows("bulk-chunks", EventFilter.ALL, EventSort.DATE_ASC, 0, 10)).getFirst().id().value();
        EventDetails bulk = SystemActor.run(() -> editing.get(EventId.of(bulkId)));
        assertThat(bulk.content()).isEqualTo(alone.content());
        assertThat(bulk.actors()).isEqualTo(alone.actors());
        assertThat(bulk.disagreements()).isEqualTo(alone.disagreements());
        assertThat(bulk.citations()).extracting(c -> List.of(c.source().url(), String.valueOf(c.quote()), String.valueOf(c.supports()), c.stance()))
                .isEqualTo(alone.citations().stream().map(c -> List.of(c.source().url(), String.valueOf(c.quote()),
                        String.valueOf(c.supports()), c.stance())).toList());
        assertThat(List.of(bulk.slug(), bulk.status(), bulk.version(), String.valueOf(bulk.externalRef())))
                .isEqualTo(List.of(alone.slug(), alone.status(), alone.version(), String.valueOf(alone.externalRef())));

        List<EventRevision> revisions = SystemActor.run(() -> history.revisions(EventId.of(bulkId)));
        assertThat(revisions).hasSize(1);
        assertThat(revisions.getFirst().entry().message()).isEqualTo("Imported from awkward.json");
        assertThat(revisions.getFirst().entry().author()).isEqualTo("system");
        EventDetails asRecorded = SystemActor.run(() -> history.at(EventId.of(bulkId), revisions.getFirst().entry().revision()));
        assertThat(asRecorded.content()).isEqualTo(alone.content());
        assertThat(asRecorded.actors()).isEqualTo(alone.actors());
        assertThat(asRecorded.disagreements()).isEqualTo(alone.disagreements());
        assertThat(asRecorded.citations()).hasSize(2);
    }

    @Test
    void slugs_made_in_bulk_are_numbered_past_the_timelines_own_and_a_taken_slug_is_refused() {
        SystemActor.run(() -> timelines.create(new NewTimeline("bulk-slugs", "Slugs", null, Visibility.PRIVATE)));
        ImportedEvent earlier = numbered("S0", "2022-03-01-shelling-kharkiv-7");
        SystemActor.run(() -> editing.importEvents("bulk-slugs", List.of(earlier)));
        // four rows of one day and headline, across two chunks of the same import; the timeline already has its -7
        List<ImportedEvent> rows = List.of(numbered("S1", null), numbered("S2", null), numbered("S3", null), numbered("S4", null));
        int added = SystemActor.run(() -> editing.importEvents("bulk-slugs", chunk -> {
            chunk.accept(rows.subList(0, 2));
            chunk.accept(rows.subList(2, 4));
        })).added();

        assertThat(added).isEqualTo(4);
        assertThat(SystemActor.run(() -> editing.rows("bulk-slugs", EventFilter.ALL, EventSort.DATE_ASC, 0, 10)))
                .extracting(EventRow::slug).containsExactlyInAnyOrder("2022-03-01-shelling-kharkiv",
                        "2022-03-01-shelling-kharkiv-7", "2022-03-01-shelling-kharkiv-8", "2022-03-01-shelling-kharkiv-9",
                        "2022-03-01-shelling-kharkiv-10");
        assertThatThrownBy(() -> SystemActor.run(() -> editing.importEvents("bulk-slugs",
                List.of(numbered("S5", "2022-03-01-shelling-kharkiv-8")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already used");
        assertThat(SystemActor.run(() -> editing.importEvents("bulk-slugs", rows))).as("the same rows again").isZero();
    }

    private static ImportedEvent numbered(String ref, String slug) {
        return new ImportedEvent(ref, slug, new EventContent("Shelling of Kharkiv", null, UncertainDate.day(LocalDate.of(2022, 3, 1)),
                null, null, new Place(null, null, PlacePrecision.NONE), Set.of(EventType.MILITARY), Set.of(), Confidence.UNVERIFIED),
                List.of(), List.of(), List.of(), EventStatus.DRAFT);
    }

    private static ImportedEvent awkward(String ref, EventStatus status) {
        EventContent content = new EventContent("Bulk: " + AWKWARD.replace('\n', ' '), AWKWARD,
                UncertainDate.approximately(LocalDate.of(2022, 4, 2), LocalDate.of(2022, 3, 30), LocalDate.of(2022, 4, 4)),
                UncertainDate.between(LocalDate.of(2022, 4, 5), LocalDate.of(2022, 4, 9)), "On the date: " + AWKWARD,
                new Place("Буча, \"Kyiv\" oblast", new GeoPoint(50.5436, 30.2125), PlacePrecision.APPROXIMATE),
                Set.of(EventType.MILITARY, EventType.HUMANITARIAN), Set.of("shelling", "київщина", "front-line"),
                Confidence.VERIFIED);
        SourceInput page = new SourceInput("https://example.org/bulk/one?a=1,b=2", "Publisher, \"Inc\"", AWKWARD.replace('\n', ' '),
                LocalDate.of(2022, 4, 3), "uk", null);
        SourceInput other = new SourceInput("https://example.org/bulk/two", null, null, null, null, null);
        return new ImportedEvent(ref, null, content,
                List.of(new ActorLink("Armed Forces of Ukraine", ActorKind.STATE, ActorRole.PARTICIPANT),
                        new ActorLink("Civilians, \"Bucha\"", ActorKind.ORGANISATION, ActorRole.TARGET)),
                List.of(new CitationInput(page, AWKWARD, "the date, \"roughly\"", CitationStance.AGREES),
                        new CitationInput(other, null, null, CitationStance.CONTRADICTS)),
                List.of(new Disagreement("When", AWKWARD, "Early April, \"c.\"", null,
                        List.of("https://example.org/bulk/one?a=1,b=2", "https://example.org/bulk/two"))),
                status);
    }
}
