package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.DataSetFields;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventStatus;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 18: fatalities, administrative areas and a data set's codes are fields of an event — exported as numbers and
 * columns (CSV, GeoJSON, the public API), shown to readers in the first HTML, carried through the Annals file into a
 * fresh timeline, and refused with words when they cannot be true.
 */
@IntegrationTest
class DataSetFieldsExportIT {

    private static final DataSetFields BUCHA = new DataSetFields(8, 12, 20, "Kyivska", "Buchanskyi", null,
            "Political violence", "State forces-Civilians");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    TimelineImportService importer;
    @Autowired
    PublishedEventQuery published;
    @Autowired
    org.annals.event.EventEditingService editing;

    @Test
    void the_fields_go_out_in_every_format_and_come_back_the_same() throws Exception {
        String slug = "data-fields-" + UUID.randomUUID().toString().substring(0, 8);
        ImportReport report = importFile(file(slug, BUCHA));
        assertThat(report.eventsCreated()).isEqualTo(2);

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(get("/api/v1/timelines/" + slug + "/export?format=csv").substring(1))).getRecords();
        CSVRecord shelling = csv.stream().filter(r -> r.get("ref").equals("t-1")).findFirst().orElseThrow();
        assertThat(List.of(shelling.get("fatalities_low"), shelling.get("fatalities_best"), shelling.get("fatalities_high"),
                shelling.get("admin1"), shelling.get("admin2"), shelling.get("admin3"), shelling.get("disorder_type"),
                shelling.get("interaction"))).containsExactly("8", "12", "20", "Kyivska", "Buchanskyi", "", "Political violence",
                "State forces-Civilians");
        CSVRecord statement = csv.stream().filter(r -> r.get("ref").equals("t-2")).findFirst().orElseThrow();
        assertThat(statement.get("fatalities_best")).as("unknown is empty, not 0").isEmpty();

        JsonNode feature = json.readTree(get("/api/v1/timelines/" + slug + "/export?format=geojson")).get("features").get(0);
        assertThat(feature.get("properties").get("fatalities_best").asInt()).isEqualTo(12);

        JsonNode apiEvent = json.readTree(get("/api/v1/timelines/" + slug + "/events/" + eventSlug(slug, "t-1")));
        assertThat(apiEvent.get("data").get("fatalitiesHigh").asInt()).isEqualTo(20);
        assertThat(json.readTree(get("/api/v1/timelines/" + slug + "/events/" + eventSlug(slug, "t-2"))).has("data"))
                .as("left out when the event has none").isFalse();

        String page = get("/timelines/" + slug + "/events/" + eventSlug(slug, "t-1"));
        assertThat(page).as("in the first HTML, for readers without JavaScript")
                .contains("Fatalities reported: 12 (between 8 and 20)", "Administrative areas: Kyivska › Buchanskyi");

        ObjectNode annals = (ObjectNode) json.readTree(get("/api/v1/timelines/" + slug + "/export?format=annals"));
        String copy = slug + "-copy";
        ((ObjectNode) annals.get("timeline")).put("slug", copy);
        importFile(json.writeValueAsString(annals));
        Map<String, EventDetails> before = events(slug);
        Map<String, EventDetails> after = events(copy);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((s, was) -> assertThat(after.get(s).content().data()).as(s).isEqualTo(was.content().data()));
        assertThat(before.values()).extracting(e -> e.content().data()).contains(BUCHA, DataSetFields.NONE);
    }

    @Test
    void fatalities_filter_the_list_the_export_and_the_editors_grid_and_are_summed_in_density() throws Exception {
        String slug = "data-fields-sum-" + UUID.randomUUID().toString().substring(0, 8);
        importFile(file(slug, BUCHA));

        JsonNode list = json.readTree(get("/api/v1/timelines/" + slug + "/events?fatalities=10"));
        assertThat(list.get("events")).extracting(e -> e.get("headline").asString()).containsExactly("Shelling of Testville");
        assertThat(json.readTree(get("/api/v1/timelines/" + slug + "/events?fatalities=13")).get("events")).isEmpty();
        assertThat(get("/api/v1/timelines/" + slug + "/export?format=csv&fatalities=0")).contains("Shelling of Testville")
                .as("an event without a figure is not one with at least 0").doesNotContain("A statement on Testville");

        JsonNode density = json.readTree(get("/api/v1/timelines/" + slug + "/density?bucket=month&sum=fatalities"));
        assertThat(density.get("total").asInt()).isEqualTo(2);
        assertThat(density.get("fatalities").asLong()).as("the best estimates summed; none adds nothing").isEqualTo(12);
        assertThat(density.get("buckets").get(0).get("fatalities").asLong()).isEqualTo(12);
        assertThat(json.readTree(get("/api/v1/timelines/" + slug + "/density?bucket=month")).has("fatalities"))
                .as("only when asked").isFalse();

        HttpResponse<String> bad = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + slug + "/events?fatalities=-1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("fatalities=-1 must be a whole number of deaths from 0 to 1000000");
        HttpResponse<String> badSum = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/timelines/" + slug + "/density?sum=deaths")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badSum.statusCode()).isEqualTo(400);

        assertThat(org.annals.security.SystemActor.run(() -> editing.count(slug,
                EventFilter.ALL.withMinFatalities(12)))).as("the editors' grid filters the same way").isEqualTo(1);

        // a reader's link with the filter: the page's first HTML (no JavaScript) and the embed list what it keeps
        assertThat(get("/timelines/" + slug + "?fatalities=10")).contains("Shelling of Testville")
                .doesNotContain("A statement on Testville");
        assertThat(get("/embed/" + slug + "?fatalities=10")).contains("Shelling of Testville")
                .doesNotContain("A statement on Testville").contains("fatalities=10");
    }

    @Test
    void counts_that_cannot_be_true_are_refused_with_words_and_nothing_is_imported() {
        String slug = "data-fields-bad-" + UUID.randomUUID().toString().substring(0, 8);
        String upsideDown = file(slug, BUCHA.withFatalities(null, 12, null)).replace("\"fatalitiesLow\":null", "\"fatalitiesLow\":30");
        String negative = file(slug, BUCHA.withFatalities(null, 12, null)).replace("\"fatalitiesBest\":12", "\"fatalitiesBest\":-3");

        assertThatThrownBy(() -> importFile(upsideDown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nothing was imported").hasMessageContaining("t-1").hasMessageContaining("low ≤ best ≤ high");
        assertThatThrownBy(() -> importFile(negative)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("whole number from 0 to 1,000,000: -3");
        assertThatThrownBy(() -> events(slug)).as("not even the timeline is made").hasMessageContaining("No public timeline");
    }

    private String file(String slug, DataSetFields data) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("fatalitiesLow", data.fatalitiesLow());
        fields.put("fatalitiesBest", data.fatalitiesBest());
        fields.put("fatalitiesHigh", data.fatalitiesHigh());
        fields.put("admin1", data.admin1());
        fields.put("admin2", data.admin2());
        fields.put("disorderType", data.disorderType());
        fields.put("interaction", data.interaction());
        return json.writeValueAsString(Map.of("format", "annals-timeline/1",
                "timeline", Map.of("slug", slug, "title", "Data-set fields", "visibility", "PUBLIC"),
                "events", List.of(
                        Map.of("ref", "t-1", "headline", "Shelling of Testville", "start", Map.of("edtf", "2022-03-15"),
                                "place", Map.of("name", "Testville", "latitude", 50.1, "longitude", 30.2, "precision", "APPROXIMATE"),
                                "types", List.of("MILITARY"), "confidence", "UNVERIFIED", "data", fields),
                        Map.of("ref", "t-2", "headline", "A statement on Testville", "start", Map.of("edtf", "2022-03-16"),
                                "types", List.of("STATEMENT"), "confidence", "UNVERIFIED"))));
    }

    private ImportReport importFile(String file) {
        return SignedIn.as("data-fields-admin", "ADMIN", () -> importer.importFile(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), EventStatus.PUBLISHED));
    }

    private Map<String, EventDetails> events(String timeline) {
        Map<String, EventDetails> all = new java.util.HashMap<>();
        published.forEach(timeline, EventFilter.ALL, event -> all.put(event.slug(), event));
        return all;
    }

    private String eventSlug(String timeline, String ref) {
        return events(timeline).values().stream().filter(e -> ref.equals(e.externalRef())).findFirst().orElseThrow().slug();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
