package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: "a TimelineJS user (driven from a Google Sheet) cannot bring a timeline in" — the template's CSV, headers by
 * name, read as the slides TimelineJS makes of it: partial dates kept partial, Display Date as the date's note, Group
 * as a type or a tag, the title slide and eras left out.
 */
class TimelineJsSheetTest {

    private static final String SHEET = TimelineJsSheetFixture.SHEET;

    @Test
    void each_row_is_a_slide_with_its_dates_as_precise_as_its_columns() {
        List<ImportedEvent> events = new TimelineJsReader(EventType.STATEMENT).read(TimelineJsSheet.slides(new StringReader(SHEET)));

        assertThat(events).extracting(e -> e.content().headline())
                .containsExactly("Full-scale invasion", "Withdrawal from the north", "A long year");
        assertThat(events).extracting(e -> e.content().start().toEdtf()).containsExactly("2022-02-24", "2022-04", "2023");
        assertThat(events.get(2).content().end().toEdtf()).isEqualTo("2024");
        assertThat(events.get(0).content().types()).isEqualTo(Set.of(EventType.MILITARY));
        assertThat(events.get(0).citations()).extracting(c -> c.source().url())
                .contains("https://example.org/report", "https://example.org/photo.jpg");
        assertThat(events.get(1).content().dateNote()).contains("“Early April 2022”");
        assertThat(events.get(1).content().types()).as("no group: the type chosen on the page").isEqualTo(Set.of(EventType.STATEMENT));
        assertThat(events.get(2).content().tags()).as("a group naming no type is a tag").contains("talks");
    }

    @Test
    void the_template_is_told_from_a_data_set_and_a_sheet_without_its_columns_is_refused() {
        assertThat(TimelineImportService.isTimelineJsSheet(SHEET.getBytes())).isTrue();
        assertThat(TimelineImportService.isTimelineJsSheet(AcledRows.HEADER.getBytes())).isFalse();
        assertThatThrownBy(() -> TimelineJsSheet.slides(new StringReader("Name,Comment\nKyiv,hello\n")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Google Sheets template")
                .hasMessageContaining("year, headline");
    }

    @Test
    void a_row_without_its_year_is_named() {
        String sheet = SHEET.lines().findFirst().orElseThrow() + "\n,3,1,,,,,,,No year,,,,,,,,\n";

        assertThatThrownBy(() -> new TimelineJsReader(EventType.STATEMENT).read(TimelineJsSheet.slides(new StringReader(sheet))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("slide 1").hasMessageContaining("year");
    }
}
