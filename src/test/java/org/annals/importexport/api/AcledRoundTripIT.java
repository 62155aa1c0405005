package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventId;
import org.annals.event.EventSort;
import org.annals.event.PlacePrecision;
import org.annals.importexport.AcledRows;
import org.annals.importexport.TimelineImportService;
import org.annals.review.BulkActions;
import org.annals.security.AccountService;
import org.annals.security.SystemActor;
import org.annals.shared.DatePrecision;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: ACLED out and back — ACLED rows imported, reviewed and published, exported in ACLED's own layout, give
 * back ACLED's codes (event types, inter codes, geo precision 1 and 2 told apart, time precision, the second side's
 * actors, tags, notes as written), and imported into a fresh timeline make the same events.
 */
@IntegrationTest
class AcledRoundTripIT {

    private static final String ADMIN = "acled-rt-admin";

    @LocalServerPort
    int port;
    @Autowired
    TimelineImportService importer;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    EventEditingService editing;
    @Autowired
    BulkActions bulk;
    @Autowired
    org.annals.publication.PublishedEventQuery published;

    /** Rows beyond the generated ones: a week's and a month's precision, ACLED's geo precision 2 and 3, associates. */
    private static final String MORE = """
            RT-W,2022-05-10,2022,2,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),Territorial Defence \
            Forces of Ukraine,State forces,Military Forces of Russia (2000-),Wagner Group; Military Forces of Belarus (2020-),\
            External/Other forces,State forces-External/Other forces,,804,Europe,Ukraine,Donetsk,Bakhmutskyi,Bakhmut,Bakhmut,\
            48.595,37.999,2,Ukrainska Pravda; Telegram,National-International,"# Heavy fighting * reported [1].",4,\
            local administrators,1700000100
            RT-M,2022-06-15,2022,3,Strategic developments,Strategic developments,Looting/property destruction,\
            Unidentified Armed Group (Ukraine),,Political militia,Civilians (Ukraine),,Civilians,,Civilian targeting,804,Europe,\
            Ukraine,Kharkiv,,,Kharkiv,49.993,36.231,3,Suspilne,Subnational,Houses looted in the region.,0,,1700000200
            RT-P,2022-07-01,2022,1,Demonstrations,Protests,Peaceful protest,Protesters (Ukraine),Students (Ukraine),Protesters,,,,            Protesters only,,804,Europe,Ukraine,Lviv,,,Lviv,49.842,24.032,1,Zaxid.net,Subnational,,0,,1700000300
            """;

    @Test
    void acled_rows_published_and_exported_in_acleds_layout_come_back_the_same() throws Exception {
        String desk = "acled-rt-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(() -> timelines.create(new NewTimeline(desk, "ACLED round trip", null, Visibility.PUBLIC)));
        Teams.on(timelines, accounts, desk, "acled-rt-ed:EDITOR", "acled-rt-rev:REVIEWER");
        String csv = AcledRows.generated(6, "RT-") + MORE;
        SignedIn.as(ADMIN, "ADMIN", () -> importer.importAcled(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), desk));
        Map<String, EventDetails> before = events(desk);
        assertThat(before).hasSize(9);
        List<EventId> ids = before.values().stream().map(EventDetails::id).toList();
        SignedIn.as("acled-rt-ed", "EDITOR", () -> bulk.submit(ids, "Checked against the ACLED export"));
        SignedIn.as("acled-rt-rev", "REVIEWER", () -> bulk.approve(ids, null));

        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + desk + "/export?format=acled")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + desk + ".acled.csv\"");
        assertThat(export.headers().firstValue("X-Annals-Omitted-Date-Not-Codable")).hasValue("0");
        Map<String, CSVRecord> rows = new HashMap<>();
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(export.body()))
                .forEach(r -> rows.put(r.get("event_id_cnty"), r));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("RT-0", "RT-1", "RT-2", "RT-3", "RT-4", "RT-5", "RT-W", "RT-M", "RT-P");
        CSVRecord protest = rows.get("RT-P");
        assertThat(List.of(protest.get("actor1"), protest.get("assoc_actor_1"), protest.get("actor2"), protest.get("notes")))
                .as("one side only, and no notes where ACLED had none").containsExactly("Protesters (Ukraine)", "Students (Ukraine)", "", "");
        CSVRecord week = rows.get("RT-W");
        assertThat(List.of(week.get("event_date"), week.get("time_precision"), week.get("geo_precision"), week.get("inter2"),
                week.get("actor2"), week.get("assoc_actor_2"), week.get("assoc_actor_1"), week.get("notes"), week.get("tags"),
                week.get("fatalities"), week.get("admin2"), week.get("source")))
                .as("ACLED's own words and codes").containsExactly("2022-05-10", "2", "2", "External/Other forces",
                        "Military Forces of Russia (2000-)", "Wagner Group; Military Forces of Belarus (2020-)",
                        "Territorial Defence Forces of Ukraine", "# Heavy fighting * reported [1].", "local-administrators", "4",
                        "Bakhmutskyi", "Ukrainska Pravda; Telegram");
        assertThat(List.of(rows.get("RT-M").get("event_date"), rows.get("RT-M").get("time_precision"), rows.get("RT-M").get("geo_precision")))
                .containsExactly("2022-06-15", "3", "3");
        assertThat(rows.get("RT-1").get("geo_precision")).as("ACLED's 1, the town, not merged into 2").isEqualTo("1");

        String fresh = desk + "-back";
        SystemActor.run(() -> timelines.create(new NewTimeline(fresh, "ACLED round trip, back", null, Visibility.PRIVATE)));
        SignedIn.as(ADMIN, "ADMIN", () -> importer.importAcled(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)), fresh));
        Map<String, EventDetails> after = events(fresh);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((ref, was) -> {
            EventDetails is = after.get(ref);
            assertThat(is.content()).as(ref).isEqualTo(was.content());
            assertThat(is.actors()).as(ref).isEqualTo(was.actors());
        });
        EventDetails weekEvent = before.get("acled:RT-W");
        assertThat(weekEvent.content().start().precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(weekEvent.content().place().precision()).isEqualTo(PlacePrecision.APPROXIMATE);
        assertThat(before.get("acled:RT-M").content().start().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void a_timeline_written_here_exports_in_acleds_layout_without_inventing_its_codes() throws Exception {
        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/russia-ukraine-war/export?format=acled")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(export.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export.body())).getRecords();
        int omitted = Integer.parseInt(export.headers().firstValue("X-Annals-Omitted-Date-Not-Codable").orElseThrow());
        int[] all = {0};
        SystemActor.run(() -> {
            published.forEach("russia-ukraine-war", EventFilter.ALL, e -> all[0]++);
            return null;
        });
        assertThat(rows.size() + omitted).as("every event written or counted").isEqualTo(all[0]);
        assertThat(rows).as("no ACLED event type where ACLED gave none").allSatisfy(r -> assertThat(r.get("event_type")).isEmpty())
                .anySatisfy(r -> assertThat(r.get("time_precision")).isEqualTo("1"));
    }

    private Map<String, EventDetails> events(String timeline) {
        Map<String, EventDetails> all = new HashMap<>();
        SystemActor.run(() -> editing.rows(timeline, EventFilter.ALL, EventSort.DATE_ASC, 0, 100)).forEach(row -> {
            EventDetails event = SystemActor.run(() -> editing.get(row.id()));
            all.put(event.externalRef(), event);
        });
        return all;
    }
}
