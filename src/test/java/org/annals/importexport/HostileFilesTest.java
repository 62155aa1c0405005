package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.annals.event.EventStatus;
import org.annals.shared.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Files made to exhaust the server are refused with a clear message while the work stays bounded: the reader stops at
 * the limits of the format instead of holding the file's contents, and its memory is measured as the bytes the reading
 * thread allocated (the figure the JVM keeps per thread), far below what the old whole-file parse needed for the same
 * file (an OutOfMemoryError in a 512 MB heap for three million empty events).
 */
class HostileFilesTest {

    /** Three million empty events, as sent by the attacker: 8.6 MB. */
    private static byte[] emptyEvents(int count) {
        StringBuilder file = new StringBuilder(count * 3 + 100).append("{\"format\":\"annals-timeline/1\",\"events\":[");
        for (int i = 0; i < count; i++) {
            file.append(i == 0 ? "{}" : ",{}");
        }
        return file.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long allocatedWhile(ThrowingCallable work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(work).isInstanceOf(InvalidInputException.class);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void readTimeline(byte[] file) {
        new TimelineFileReader().read(new ByteArrayInputStream(file), EventStatus.DRAFT);
    }

    @Test
    void three_million_empty_events_stop_at_the_limit_with_a_message() {
        byte[] file = emptyEvents(3_000_000);
        assertThat(file.length).isGreaterThan(8_500_000);
        assertThatThrownBy(() -> readTimeline(file)).hasMessageContaining("more than 50,000 events");
        long allocated = allocatedWhile(() -> readTimeline(file));
        assertThat(allocated).as("bytes allocated reading the file").isLessThan(400L * 1024 * 1024);
    }

    @Test
    void every_bad_event_is_counted_and_the_first_fifty_are_listed() {
        byte[] file = emptyEvents(TimelineFileParser.MAX_EVENTS);
        assertThatThrownBy(() -> readTimeline(file)).satisfies(e -> {
            String message = e.getMessage();
            // every problem of every event: an empty event lacks both its start and its headline
            assertThat(message).startsWith(2 * TimelineFileParser.MAX_EVENTS + 1 + " problem(s) in the file; nothing was "
                    + "imported (the first 50 are listed)");
            assertThat(message.split("\n- ")).hasSize(ImportProblems.LISTED + 1);
            assertThat(message).contains("event 1: start: a date is required").contains("event 1: Headline is required");
        });
    }

    @Test
    void deep_nesting_long_values_and_trailing_content_are_refused_with_where_they_are() {
        String nested = "{\"format\":\"annals-timeline/1\",\"events\":[{\"notes\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}]}";
        assertThatThrownBy(() -> readTimeline(nested.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid Annals JSON").hasMessageContaining("nesting depth");
        String longHeadline = "{\"events\":[{\"headline\":\"" + "x".repeat(2_000_000) + "\"}]}";
        assertThatThrownBy(() -> readTimeline(longHeadline.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not valid Annals JSON").hasMessageContaining("String value length");
        assertThatThrownBy(() -> readTimeline("{\"events\":[]} {\"events\":[]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("goes on after its closing brace");
        assertThatThrownBy(() -> readTimeline("[{}]".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("must be one JSON object");
        assertThatThrownBy(() -> readTimeline("{\"events\":{}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("events: must be a list");
        assertThatThrownBy(() -> readTimeline("{\"events\":[null]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("event 1: is empty");
        assertThatThrownBy(() -> readTimeline("{\"format\":\"a\",\"format\":\"b\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Duplicate");
    }

    @Test
    void an_acled_file_of_millions_of_empty_rows_stops_at_the_row_limit() {
        StringBuilder csv = new StringBuilder("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,"
                + "country,location,latitude,longitude,geo_precision,notes\n");
        csv.append(",\n".repeat(3_000_000));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        ThrowingCallable read = () -> new AcledCsvReader(Map.of())
                .read(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
        assertThatThrownBy(read).hasMessageContaining("more than 500,000 rows");
        assertThat(allocatedWhile(read)).as("bytes allocated reading the file").isLessThan(400L * 1024 * 1024);
    }

    /** Issue 15: "the import report names one problem per event per upload". */
    @Test
    void an_event_with_several_problems_has_each_of_them_reported_at_once() {
        String file = """
                {"format":"annals-timeline/1","timeline":{"slug":"t","title":"T"},"events":[
                  {"ref":"a","headline":"","start":{"edtf":"2023-13-45"},"types":["military","naval"],"confidence":"sure",
                   "actors":[{"name":"Navy","kind":"fleet"}]}]}""";
        assertThatThrownBy(() -> readTimeline(file.getBytes(StandardCharsets.UTF_8))).satisfies(e -> assertThat(e.getMessage())
                .startsWith("5 problem(s)")
                .contains("event 1 (ref a): start: '2023-13-45' is not a valid date")
                .contains("event 1 (ref a): types: 'naval' is not one of")
                .contains("event 1 (ref a): confidence: 'sure' is not one of")
                .contains("event 1 (ref a): Headline is required")
                .contains("event 1 (ref a): actor kind: 'fleet' is not one of"));
    }

    /** Issue 17: relations name another event of the file by its ref, and say how they relate. */
    @Test
    void relations_that_name_no_event_of_the_file_or_no_kind_are_refused_with_where_they_are() {
        String event = """
                {"ref":"%s","headline":"Talks","start":{"edtf":"2025-05-16"},"types":["diplomatic"],"relations":%s}""";
        String file = "{\"format\":\"annals-timeline/1\",\"timeline\":{\"slug\":\"t\",\"title\":\"T\"},\"events\":["
                + event.formatted("a", "[{\"kind\":\"follows\",\"ref\":\"b\"}]") + ","
                + event.formatted("b", "[{\"kind\":\"follows\",\"ref\":\"zz\"},{\"kind\":\"duplicate-of\",\"ref\":\"a\"},"
                        + "{\"kind\":\"follows\",\"ref\":\"b\"},{\"kind\":\"sequel\",\"ref\":\"a\"},{\"ref\":\"a\"},{\"kind\":\"part-of\"}]")
                + "]}";
        assertThatThrownBy(() -> readTimeline(file.getBytes(StandardCharsets.UTF_8))).satisfies(e -> assertThat(e.getMessage())
                .startsWith("6 problem(s)")
                .contains("event 2 (ref b): relations: no event with ref zz in the file")
                .contains("event 2 (ref b): relations: a duplicate is merged by a reviewer, not imported")
                .contains("event 2 (ref b): relations: an event cannot be related to itself")
                .contains("event 2 (ref b): relation kind: 'sequel' is not one of PART_OF, FOLLOWS, CAUSED_BY, CONTRADICTS, DUPLICATE_OF")
                .contains("event 2 (ref b): relation kind is required")
                .contains("event 2 (ref b): relations: each names the ref of another event of the file")
                .doesNotContain("event 1"));
    }

    /** Issue 17: a disagreement in a file names only sources its event lists. */
    @Test
    void a_disagreement_naming_a_source_its_event_does_not_list_is_refused_with_where_it_is() {
        String file = """
                {"format":"annals-timeline/1","timeline":{"slug":"t","title":"T"},"events":[
                  {"ref":"a","headline":"Talks","start":{"edtf":"2025-05-16"},"types":["diplomatic"],
                   "sources":[{"url":"https://example.org/a"}],
                   "disagreements":[{"topic":"Date","claims":"One site says 17 May","reading":"16 May",
                                     "sources":["https://example.org/a","https://example.net/unlisted"]}]}]}""";
        assertThatThrownBy(() -> readTimeline(file.getBytes(StandardCharsets.UTF_8))).satisfies(e -> assertThat(e.getMessage())
                .startsWith("1 problem(s)")
                .contains("event 1 (ref a): The disagreement about ‘Date’ names a source the event does not cite: https://example.net/unlisted"));
    }

    /** Issue 15: a Ukrainian desk reads every problem of a refused file in Ukrainian, each with where it is. */
    @Test
    void a_refused_files_problems_read_in_ukrainian() {
        String file = """
                {"format":"annals-timeline/2","timeline":{"slug":"t","title":"T"},"events":[null,
                  {"ref":"a","headline":"<b>x</b>","start":{"earliest":"2023-02-30","latest":"2023-03-01"},"types":["naval"],
                   "place":{"latitude":50},"summary":"<script>x</script>","status":"merged",
                   "sources":[{"url":"https://example.org/a"},{"url":"https://example.org/a"}]},
                  {"ref":"a","start":{"edtf":"2023-13"},"citations":[{"sourceUrl":"https://example.org/b"}]}]}""";
        org.annals.shared.InvalidInputException refusal = catchThrowableOfType(org.annals.shared.InvalidInputException.class,
                () -> readTimeline(file.getBytes(StandardCharsets.UTF_8)));
        String ukrainian = org.annals.shell.DeskTexts.ukrainian(refusal);
        String[] lines = ukrainian.split("\n- ");
        assertThat(lines.length).as(ukrainian).isGreaterThan(8);
        assertThat(lines[0]).startsWith("Проблем у файлі: ");
        for (String line : java.util.Arrays.copyOfRange(lines, 1, lines.length)) {
            // each names its place in Ukrainian and says what is wrong in Ukrainian (values and the file's keys aside)
            assertThat(line).as(ukrainian).matches("(подія \\d+( \\(ref a\\))?|format|timeline|events): .*")
                    .doesNotContain("{").doesNotContain("is required").doesNotContain("is not").doesNotContain("must ");
            assertThat(line.replaceAll("«[^»]*»|\"[^\"]*\"|[a-z_]+:", "")).as(line).matches(".*[а-яіїєґ].*");
        }
        assertThat(ukrainian).contains("подія 2 (ref a): Headline: лише звичайний текст")
                .contains("подія 3 (ref a): ref a трапляється двічі");
    }
}
