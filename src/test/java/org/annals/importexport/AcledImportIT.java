package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.annals.IntegrationTest;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventHistoryService;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AcledImportIT {

    @Autowired
    TimelineImportService imports;
    @Autowired
    TimelineService timelines;
    @Autowired
    EventEditingService editing;
    @Autowired
    EventHistoryService history;

    @Test
    void every_imported_row_is_an_event_with_its_actors_and_its_history_and_a_second_import_adds_nothing() {
        // rows sharing day, place and kind: their slugs are told apart, as busy days of a real export need
        String csv = AcledRows.generated(300, "IT-");
        SystemActor.run(() -> timelines.create(new NewTimeline("acled-import", "ACLED import", null, Visibility.PRIVATE)));

        ImportReport first = SystemActor.run(() -> imports.importAcled(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "acled-import"));
        ImportReport again = SystemActor.run(() -> imports.importAcled(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "acled-import"));

        assertThat(first.eventsCreated()).isEqualTo(300);
        assertThat(again.eventsCreated()).isZero();
        assertThat(again.eventsAlreadyPresent()).isEqualTo(300);
        var rows = SystemActor.run(() -> editing.rows("acled-import", EventFilter.ALL, EventSort.DATE_ASC, 0, 1000));
        assertThat(rows).hasSize(300).extracting(EventRow::slug).doesNotHaveDuplicates()
                .anyMatch(slug -> slug.endsWith("-2")).anyMatch(slug -> slug.endsWith("-3"));
        for (EventRow row : java.util.List.of(rows.get(0), rows.get(150), rows.get(299))) {
            var event = SystemActor.run(() -> editing.get(row.id()));
            assertThat(event.actors()).hasSize(2);
            assertThat(SystemActor.run(() -> history.revisions(row.id()))).as("history of " + row.slug()).hasSize(1);
        }
    }
}
