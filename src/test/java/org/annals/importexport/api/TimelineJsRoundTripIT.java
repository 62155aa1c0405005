package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.PublishedEventQuery;
import org.annals.security.AccountService;
import org.annals.shared.DatePrecision;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: a TimelineJS file comes in — our own TimelineJS export of the first timeline, imported into a fresh
 * timeline, gives back what TimelineJS can say of each event: its headline, its date as precise as TimelineJS keeps it
 * (a day, a month, a year; an approximate day as its day, with the label it was shown with as the date's note), its
 * type (the slide's group), its text and the sources it links. Places, actors and quotes TimelineJS cannot carry.
 */
@IntegrationTest
class TimelineJsRoundTripIT {

    private static final String SLUG = "russia-ukraine-war";

    @LocalServerPort
    int port;
    @Autowired
    TimelineImportService importer;
    @Autowired
    PublishedEventQuery published;
    @Autowired
    EventEditingService editing;

    @Test
    void the_first_timeline_as_timelinejs_comes_back_with_what_timelinejs_can_say(@Autowired TimelineService timelines,
            @Autowired AccountService accounts) throws Exception {
        byte[] file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + SLUG + "/export?format=timelinejs")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        String copy = "timelinejs-in-" + UUID.randomUUID().toString().substring(0, 8);
        Teams.on(timelines, accounts, copy, "tljs-editor:EDITOR");
        assertThat(TimelineImportService.isTimelineJs(file)).isTrue();

        ImportReport report = SignedIn.as("tljs-admin", "ADMIN",
                () -> importer.importTimelineJs(new ByteArrayInputStream(file), copy, EventType.STATEMENT));
        // importing the same file again adds nothing: each slide's unique_id is its key
        ImportReport again = SignedIn.as("tljs-admin", "ADMIN",
                () -> importer.importTimelineJs(new ByteArrayInputStream(file), copy, EventType.STATEMENT));

        Map<String, EventDetails> before = new java.util.HashMap<>();
        published.forEach(SLUG, EventFilter.ALL, e -> before.put(e.content().headline(), e));
        List<EventRow> rows = SignedIn.as("tljs-editor", "EDITOR",
                () -> editing.rows(copy, EventFilter.ALL, EventSort.DATE_ASC, 0, 1000));
        Map<String, EventDetails> after = rows.stream().map(r -> SignedIn.as("tljs-editor", "EDITOR", () -> editing.get(r.id())))
                .collect(Collectors.toMap(e -> e.content().headline(), Function.identity()));
        assertThat(report.eventsCreated()).isEqualTo(before.size());
        assertThat(again.eventsCreated()).isZero();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((headline, was) -> {
            EventDetails is = after.get(headline);
            String slug = was.slug();
            assertThat(is.status()).isEqualTo(EventStatus.DRAFT);
            DatePrecision precision = was.content().start().precision();
            // the export marks its note and its list of sources: the note comes back as the note, the list only cited
            assertThat(is.content().summary()).as(slug).doesNotContain("Sources:", "On the date:");
            if (was.content().dateNote() != null) {
                assertThat(is.content().dateNote()).as(slug).isEqualTo(was.content().dateNote());
            } else if (precision == DatePrecision.APPROXIMATE) {
                assertThat(is.content().dateNote()).as(slug).startsWith("Shown in the TimelineJS file as “c. ");
            }
            if (precision == DatePrecision.APPROXIMATE) {
                assertThat(is.content().start().toEdtf()).as(slug).isEqualTo(was.content().start().nominal().toString());
            } else if (precision != DatePrecision.RANGE) {
                assertThat(is.content().start()).as(slug).isEqualTo(was.content().start());
            }
            assertThat(is.content().types()).as(slug).contains(was.content().types().stream().sorted().findFirst().orElseThrow());
            assertThat(is.citations()).extracting(c -> c.source().url()).as(slug)
                    .containsAll(was.citations().stream().map(c -> c.source().url()).distinct().toList());
        });
    }
}
