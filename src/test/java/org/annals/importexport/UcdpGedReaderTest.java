package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.Disagreement;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.PlacePrecision;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Issue 18: UCDP GED rows as events — its date windows, its seven place precisions, its sides, its three death counts. */
class UcdpGedReaderTest {

    @Test
    void a_known_day_and_place_with_deaths_that_sources_put_differently() {
        ImportedEvent event = only(UcdpGedRows.row("900001", 1, "Government of Testland", "Government of Otherland", 1,
                50.1, 30.2, 1, "2022-02-24", "2022-02-24", 12, 10, 15));

        assertThat(event.externalRef()).isEqualTo("ucdp:900001");
        assertThat(event.content().headline())
                .isEqualTo("State-based armed conflict: Government of Testland – Government of Otherland, Testville town, Test oblast, Testland (UCDP)");
        assertThat(event.content().start().toEdtf()).isEqualTo("2022-02-24");
        assertThat(event.content().dateNote()).isNull();
        assertThat(event.content().place().precision()).isEqualTo(PlacePrecision.EXACT);
        assertThat(event.content().place().point().latitude()).isEqualTo(50.1);
        assertThat(event.actors()).containsExactly(new ActorLink("Government of Testland", ActorKind.STATE, ActorRole.PARTICIPANT),
                new ActorLink("Government of Otherland", ActorKind.STATE, ActorRole.PARTICIPANT));
        assertThat(event.disagreements()).containsExactly(new Disagreement("Deaths", "UCDP's sources put the deaths between 10 and 15.",
                "12 (UCDP's best estimate)", null, List.of()));
        assertThat(event.content().summary()).contains("Testville, near the river").doesNotContain("deaths");
        assertThat(event.content().data().withCodes(Map.of())).as("the three estimates as fields, the province as its first area")
                .isEqualTo(org.annals.event.DataSetFields.NONE.withFatalities(10, 12, 15).withAreas("Test oblast", null, null));
        assertThat(event.content().data().codes()).as("GED's precision codes and deaths by side, as GED wrote them")
                .containsEntry("where_prec", "1").containsEntry("date_prec", "1").containsEntry("deaths_a", "0")
                .containsEntry("conflict_name", "Testland: Government");
        assertThat(event.citations()).as("GED names articles, not addresses").isEmpty();
    }

    @Test
    void one_sided_violence_in_a_week_somewhere_in_a_province_targets_its_civilians() {
        ImportedEvent event = only(UcdpGedRows.row("900002", 3, "Government of Otherland", "Civilians", 4, 49.0, 31.0, 3,
                "2022-03-01", "2022-03-07", 3, 3, 3));

        assertThat(event.content().start().earliest()).hasToString("2022-03-01");
        assertThat(event.content().start().latest()).hasToString("2022-03-07");
        assertThat(event.content().dateNote()).isEqualTo("UCDP date precision 3: a week.");
        assertThat(event.content().place().precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(event.content().types()).isEqualTo(Set.of(EventType.MILITARY, EventType.HUMANITARIAN));
        assertThat(event.actors()).contains(new ActorLink("Civilians", ActorKind.ORGANISATION, ActorRole.TARGET));
        assertThat(event.disagreements()).as("one count, no disagreement").isEmpty();
        assertThat(event.content().tags()).contains("ucdp", "one-sided");
    }

    @Test
    void each_bad_row_is_refused_with_its_reason_and_the_others_read() {
        String csv = UcdpGedRows.HEADER
                + UcdpGedRows.row("900003", 2, "Group A", "Group B", 9, 49.0, 31.0, 1, "2022-03-01", "2022-03-01", 1, 1, 1)
                + UcdpGedRows.row("900004", 2, "Group A", "Group B", 2, 49.0, 31.0, 1, "2022-03-01", "2022-03-01", 3, 5, 4)
                + UcdpGedRows.row("900005", 2, "Group A", "Group B", 2, 49.0, 31.0, 2, "2022-03-05", "2022-03-01", 1, 1, 1)
                + UcdpGedRows.row("900006", 2, "Group A", "Group B", 2, 49.0, 31.0, 2, "2022-03-01", "2022-03-04", 1, 1, 1);
        UcdpGedReader reader = new UcdpGedReader(Map.of("Group A", ActorKind.ORGANISATION));
        List<ImportedEvent> events = new ArrayList<>();

        int rows = reader.events(() -> new StringReader(csv), 100, events::addAll);

        assertThat(rows).isEqualTo(4);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.externalRef()).isEqualTo("ucdp:900006");
            assertThat(e.actors()).as("the timeline's kind for a name it knows")
                    .contains(new ActorLink("Group A", ActorKind.ORGANISATION, ActorRole.PARTICIPANT),
                            new ActorLink("Group B", ActorKind.ARMED_GROUP, ActorRole.PARTICIPANT));
        });
        assertThat(reader.problems().listed()).extracting(w -> w.english()).containsExactly(
                "row 2 (900003): where_prec must be a number from 1 to 7",
                "row 3 (900004): the deaths must be low ≤ best ≤ high (were 5, 3, 4)",
                "row 4 (900005): date_end (2022-03-01) is before date_start (2022-03-05)");
    }

    @Test
    void an_acled_file_is_not_a_ged_one_and_is_told_apart_by_its_columns() {
        assertThat(UcdpGedReader.isGed(CsvRows.headers(UcdpGedRows.HEADER.getBytes()))).isTrue();
        assertThat(UcdpGedReader.isGed(CsvRows.headers(AcledRows.HEADER.getBytes()))).isFalse();
        assertThatThrownBy(() -> new UcdpGedReader(Map.of()).events(() -> new StringReader(AcledRows.generated(2, "X")), 10, c -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Not a UCDP GED export").hasMessageContaining("date_prec");
    }

    private static ImportedEvent only(String row) {
        List<ImportedEvent> events = new ArrayList<>();
        UcdpGedReader reader = new UcdpGedReader(Map.of());
        reader.events(() -> new StringReader(UcdpGedRows.HEADER + row), 10, events::addAll);
        assertThat(reader.problems().listed()).isEmpty();
        return events.getFirst();
    }
}
