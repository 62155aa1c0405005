package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.shared.DatePrecision;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Issue 18: a TimelineJS file as its authors write it (shared/formats.md) becomes honest drafts; a bad one stores nothing. */
class TimelineJsReaderTest {

    private static List<ImportedEvent> read(String json) {
        return new TimelineJsReader(EventType.STATEMENT).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void slides_keep_their_dates_as_precise_as_their_parts_and_their_texts_links_and_media() {
        List<ImportedEvent> events = read("""
                {"title": {"text": {"headline": "A war"}},
                 "events": [
                  {"unique_id": "invasion", "start_date": {"year": 2022, "month": 2, "day": 24},
                   "text": {"headline": "Russia <b>invades</b>", "text": "<p>Before dawn.</p><p>Sources:<br><a href=\\"https://example.org/a\\">A</a></p>"},
                   "group": "military", "media": {"url": "https://example.org/photo.jpg", "credit": "Wire", "caption": "Kyiv"}},
                  {"start_date": {"year": "2023", "month": "6"}, "display_date": "Early summer 2023",
                   "text": {"headline": "Counteroffensive", "text": "Said *loudly* [sic]"}, "group": "Summer push"},
                  {"start_date": {"year": 2024}, "end_date": {"year": 2025}, "text": {"headline": "Two years"}}
                 ]}""");

        assertThat(events).hasSize(3);
        ImportedEvent invasion = events.get(0);
        assertThat(invasion.externalRef()).isEqualTo("invasion");
        assertThat(invasion.slug()).as("made by the desk, not taken from the file").isNull();
        assertThat(invasion.content().headline()).isEqualTo("Russia invades");
        assertThat(invasion.content().start().toEdtf()).isEqualTo("2022-02-24");
        assertThat(invasion.content().types()).containsExactly(EventType.MILITARY);
        assertThat(invasion.content().dateNote()).as("a label the parts already give is no note").isNull();
        assertThat(invasion.content().summary()).contains("Before dawn.", "[A](https://example.org/a)");
        assertThat(invasion.citations()).extracting(c -> c.source().url())
                .containsExactly("https://example.org/a", "https://example.org/photo.jpg");
        assertThat(invasion.citations().get(1).source().publisher()).isEqualTo("Wire");
        assertThat(invasion.content().place().point()).as("TimelineJS has no places: none is made up").isNull();

        ImportedEvent summer = events.get(1);
        assertThat(summer.externalRef()).isEqualTo("timelinejs:2");
        assertThat(summer.content().start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(summer.content().dateNote()).isEqualTo("Shown in the TimelineJS file as “Early summer 2023”.");
        assertThat(summer.content().types()).as("the type chosen for slides without one").containsExactly(EventType.STATEMENT);
        assertThat(summer.content().tags()).contains("timelinejs", "summer-push");
        assertThat(summer.content().summary()).isEqualTo("Said \\*loudly\\* \\[sic\\]");
        assertThat(summer.citations()).isEmpty();

        assertThat(events.get(2).content().start().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(events.get(2).content().end().toEdtf()).isEqualTo("2025");
    }

    @Test
    void every_bad_slide_is_named_and_nothing_is_returned() {
        assertThatThrownBy(() -> read("""
                {"events": [
                  {"start_date": {"year": 2022, "day": 5}, "text": {"headline": "Day without month"}},
                  {"start_date": {"year": "twenty", "month": "February"}, "text": {"headline": "Words"}},
                  {"text": {"headline": "No date"}},
                  {"start_date": {"year": 2022}},
                  {"start_date": {"year": 2022}, "text": {"headline": "Fine"}}
                 ]}""")).isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(e.getMessage())
                .startsWith("4 problem(s)")
                .contains("slide 1: start_date: a day without its month")
                .contains("slide 2: the year '\"twenty\"' is not a number")
                .contains("slide 3: start_date is required, with at least its year")
                .contains("slide 4: a slide needs a headline")
                .doesNotContain("slide 5"));
        assertThatThrownBy(() -> read("{\"events\": []}")).hasMessage("Not a TimelineJS file: it has no events");
        assertThatThrownBy(() -> read("{\"events\": [")).hasMessageStartingWith("The file is not readable JSON");
    }

    @Test
    void an_annals_file_is_told_from_a_timelinejs_one_by_its_format() {
        assertThat(TimelineJsReader.isTimelineJs("{\"title\": {}, \"events\": [{}]}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(TimelineJsReader.isTimelineJs("{\"events\": [], \"format\": \"annals-timeline/1\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(TimelineJsReader.isTimelineJs("not json".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
