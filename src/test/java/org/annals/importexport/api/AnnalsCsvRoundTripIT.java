package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventSort;
import org.annals.event.EventStatus;
import org.annals.importexport.ImportJob;
import org.annals.importexport.ImportJobService;
import org.annals.importexport.ImportJobState;
import org.annals.publication.PublishedEventQuery;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: Annals' own CSV round-trips — the first timeline exported as CSV and imported (as a job, the way a desk
 * brings back a sheet it worked on) into a fresh timeline gives the same events: dates with their precision and
 * windows, places with theirs, actors with kinds and roles, citations with their quotes, stances and what they support,
 * tags, the notes on dates; importing the same file again adds and changes nothing.
 */
@IntegrationTest
class AnnalsCsvRoundTripIT {

    private static final String SLUG = "russia-ukraine-war";
    private static final String ADMIN = "csv-round-trip-admin";

    @LocalServerPort
    int port;
    @Autowired
    ImportJobService jobs;
    @Autowired
    TimelineService timelines;
    @Autowired
    EventEditingService editing;
    @Autowired
    PublishedEventQuery published;

    @Test
    void the_first_timeline_exported_as_csv_comes_back_the_same_in_a_fresh_timeline() throws Exception {
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + SLUG + "/export?format=csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        String copy = "csv-round-trip-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> timelines.create(new NewTimeline(copy, "CSV round trip", null, Visibility.PRIVATE)));

        ImportJob checked = waitFor(upload(copy, export.body()), ImportJobState.READY);
        Map<String, EventDetails> before = new HashMap<>();
        published.forEach(SLUG, EventFilter.ALL, event -> before.put(event.slug(), event));
        assertThat(checked.format()).isEqualTo("ANNALS_CSV");
        assertThat(List.of(checked.rowsNew(), checked.rowsRefused())).as(checked.problems().toString())
                .containsExactly(before.size(), 0);
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);

        Map<String, EventDetails> after = new HashMap<>();
        SystemActor.run(() -> editing.rows(copy, EventFilter.ALL, EventSort.DATE_ASC, 0, 1_000)).forEach(row -> {
            EventDetails event = SystemActor.run(() -> editing.get(row.id()));
            after.put(event.slug(), event);
        });
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((slug, was) -> {
            EventDetails is = after.get(slug);
            assertThat(is.status()).isEqualTo(EventStatus.DRAFT);
            // headline, summary, both dates (window, precision, nominal), the date's note, place, types, tags,
            // confidence, fatalities and codes
            assertThat(is.content()).as(slug).isEqualTo(was.content());
            assertThat(is.actors()).as(slug).isEqualTo(was.actors());
            assertThat(is.citations()).as(slug).extracting(AnnalsCsvRoundTripIT::citation)
                    .containsExactlyInAnyOrderElementsOf(was.citations().stream().map(AnnalsCsvRoundTripIT::citation).toList());
            assertThat(is.externalRef()).as(slug).isEqualTo(was.externalRef() == null ? "annals:" + was.id().value() : was.externalRef());
        });
        // what the round trip carries is there to carry
        assertThat(before.values()).anySatisfy(e -> assertThat(e.content().dateNote()).isNotNull())
                .anySatisfy(e -> assertThat(e.citations()).anySatisfy(c -> assertThat(c.quote()).isNotNull()))
                .anySatisfy(e -> assertThat(e.content().place().point()).isNotNull())
                .anySatisfy(e -> assertThat(e.content().end()).isNotNull())
                .anySatisfy(e -> assertThat(e.content().start().precision()).isEqualTo(org.annals.shared.DatePrecision.APPROXIMATE));

        ImportJob again = waitFor(upload(copy, export.body()), ImportJobState.READY);
        assertThat(List.of(again.rowsNew(), again.rowsPresent(), again.rowsChanged(), again.rowsRefused()))
                .as("the same file again: nothing new, nothing changed").containsExactly(0, before.size(), 0, 0);
        // into the timeline it came from: every row is an event there (those written there by their annals:<id>)
        ImportJob home = waitFor(upload(SLUG, export.body()), ImportJobState.READY);
        assertThat(List.of(home.rowsNew(), home.rowsPresent(), home.rowsChanged())).containsExactly(0, before.size(), 0);
        SignedIn.as(ADMIN, "ADMIN", () -> jobs.discard(home.id()));
    }

    @Test
    void a_sheet_brought_back_into_its_timeline_adds_its_new_rows_and_leaves_the_events_written_there() {
        String desk = "csv-desk-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> timelines.create(new NewTimeline(desk, "CSV desk", null, Visibility.PRIVATE)));
        EventDetails written = SignedIn.as(ADMIN, "ADMIN", () -> editing.createDraft(desk, new org.annals.event.EventContent(
                "Talks in Testville", null, org.annals.shared.UncertainDate.parse("2024-05"), null, org.annals.event.Place.UNKNOWN,
                java.util.Set.of(org.annals.event.EventType.DIPLOMATIC), java.util.Set.of(), org.annals.event.Confidence.INFERRED)));
        String sheet = "ref,slug,headline,edtf,start_precision,start_earliest,start_latest,types,confidence\n"
                // the event as exported (its key and slug), its headline since changed in the sheet: left as it is
                + "annals:" + written.id().value() + "," + written.slug() + ",Talks in Testville (revised),2024-05,month,2024-05-01,"
                + "2024-05-31,diplomatic,inferred\n"
                + "sheet-1,,A row added in the sheet,2024-06-02~,approximate,2024-05-30,2024-06-05,statement,unverified\n";

        ImportJob checked = waitFor(upload(desk, sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)), ImportJobState.READY);
        assertThat(List.of(checked.rowsNew(), checked.rowsPresent(), checked.rowsChanged(), checked.rowsRefused()))
                .as(checked.problems().toString()).containsExactly(1, 1, 0, 0);
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);

        assertThat(SystemActor.run(() -> editing.get(written.id())).content().headline()).isEqualTo("Talks in Testville");
        var rows = SystemActor.run(() -> editing.rows(desk, EventFilter.ALL, EventSort.DATE_ASC, 0, 10));
        assertThat(rows).hasSize(2);
        EventDetails added = SystemActor.run(() -> editing.get(rows.get(1).id()));
        assertThat(added.content().headline()).isEqualTo("A row added in the sheet");
        assertThat(added.content().start()).as("an approximate day keeps its own window").isEqualTo(
                org.annals.shared.UncertainDate.approximately(java.time.LocalDate.of(2024, 6, 2), java.time.LocalDate.of(2024, 5, 30),
                        java.time.LocalDate.of(2024, 6, 5)));
    }

    private static String citation(CitationView c) {
        return c.source().url() + " | " + c.stance() + " | " + c.supports() + " | " + c.quote();
    }

    private ImportJob upload(String timeline, byte[] csv) {
        return SignedIn.as(ADMIN, "ADMIN", () -> jobs.startCsv(timeline, timeline + ".csv", new ByteArrayInputStream(csv)));
    }

    private ImportJob waitFor(ImportJob job, ImportJobState state) {
        ImportJob now = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> SignedIn.as(ADMIN, "ADMIN", () -> jobs.job(job.id())), j -> j.state() == state || !j.state().running());
        assertThat(now.state()).as("job " + now).isEqualTo(state);
        return now;
    }
}
