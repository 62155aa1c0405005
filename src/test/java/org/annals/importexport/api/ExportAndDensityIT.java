package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Exports, density counts and HTTP caching of the public API, over real HTTP against the seeded timeline. */
@IntegrationTest
class ExportAndDensityIT {

    private static final String BASE = "/api/v1/timelines/russia-ukraine-war";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void csv_has_a_row_per_published_event_with_explicit_date_windows() throws Exception {
        HttpResponse<String> response = get(BASE + "/export?format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        // UTF-8 with a byte-order mark, for Excel
        assertThat(response.body()).startsWith("\uFEFFslug,headline,edtf,display_date,start_earliest,start_latest");
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(response.body().substring(1)))) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(65);
        assertThat(rows).anyMatch(r -> r.get("slug").startsWith("2022-04-02-") && r.get("edtf").equals("2022-04-02~")
                && r.get("display_date").equals("c. 2 Apr 2022") && r.get("start_precision").equals("approximate"));
        // coordinates stay numbers: a negative longitude is not turned into text by the formula guard
        assertThat(rows).filteredOn(r -> r.get("longitude").startsWith("-")).isNotEmpty()
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("longitude"))).isNegative());
        assertThat(rows).allSatisfy(r -> {
            if (!r.get("latitude").isEmpty()) {
                Double.parseDouble(r.get("latitude"));
            }
            assertThat(r.get("sources")).isNotBlank();
        });
        assertThat(rows).filteredOn(r -> !r.get("summary").isBlank()).hasSizeGreaterThan(50);
        assertThat(rows).filteredOn(r -> r.get("sources_disagree").equals("true"))
                .anySatisfy(r -> assertThat(r.get("disagreements")).contains(": ").contains(" → "));
        // the sources a disagreement names, and the note on a date, travel with the row
        assertThat(rows).anySatisfy(r -> assertThat(r.get("disagreements")).contains("[https://legitgov.org/]"));
        assertThat(rows).filteredOn(r -> !r.get("date_note").isBlank()).hasSize(8);
    }

    @Test
    void geojson_has_points_in_longitude_latitude_order_and_counts_what_it_leaves_out() throws Exception {
        HttpResponse<String> response = get(BASE + "/export?format=geojson");

        assertThat(response.headers().firstValue("X-Annals-Omitted-Without-Coordinates")).hasValue("1");
        JsonNode collection = json.readTree(response.body());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(64);
        JsonNode invasion = collection.get("features").get(0);
        assertThat(invasion.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(30.523);
        assertThat(invasion.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(50.45);
    }

    @Test
    void timelinejs_keeps_partial_dates_partial_and_labels_them_honestly() throws Exception {
        JsonNode file = json.readTree(get(BASE + "/export?format=timelinejs").body());

        JsonNode events = file.get("events");
        assertThat(events.size()).isEqualTo(65);
        assertThat(file.get("title").get("text").get("headline").asString()).isEqualTo("Russia–Ukraine war");
        List<JsonNode> all = new ArrayList<>();
        events.forEach(all::add);
        // TimelineJS would move a day without its month to January: never write one
        assertThat(all).allSatisfy(e -> {
            assertThat(e.get("start_date").has("year")).isTrue();
            if (e.get("start_date").has("day")) {
                assertThat(e.get("start_date").has("month")).isTrue();
            }
            assertThat(e.get("display_date").asString()).isNotBlank();
        });
        JsonNode bucha = all.stream().filter(e -> e.get("unique_id").asString().startsWith("2022-04-02-")).findFirst().orElseThrow();
        assertThat(bucha.get("display_date").asString()).isEqualTo("c. 2 Apr 2022");
        assertThat(bucha.get("start_date").get("day").asInt()).isEqualTo(2);
        JsonNode wagner = all.stream().filter(e -> e.get("display_date").asString().equals("23–24 Jun 2023")).findFirst().orElseThrow();
        assertThat(wagner.get("end_date").get("day").asInt()).isEqualTo(24);
        assertThat(all).filteredOn(e -> e.has("end_date")).allSatisfy(e -> assertThat(e.get("end_date")).isNotEqualTo(e.get("start_date")));
    }

    @Test
    void exports_take_the_events_filters_and_refuse_bad_ones() throws Exception {
        String sanctions = get(BASE + "/export?format=csv&type=sanctions").body();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(sanctions.substring(1)))) {
            assertThat(parser.getRecords().size()).isBetween(3, 10);
        }
        HttpResponse<String> badFormat = get(BASE + "/export?format=xlsx");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badFormat.body()).get("parameter").asString()).isEqualTo("format");
        assertThat(get(BASE + "/export?format=csv&from=2022-13-01").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/timelines/nope/export?format=csv").statusCode()).isEqualTo(404);
    }

    @Test
    void density_counts_per_bucket_add_up_to_the_events_in_the_window() throws Exception {
        JsonNode months = json.readTree(get(BASE + "/density?bucket=month").body());
        assertThat(months.get("total").asInt()).isEqualTo(65);
        int sum = 0;
        for (JsonNode bucket : months.get("buckets")) {
            sum += bucket.get("count").asInt();
            assertThat(bucket.get("start").asString()).endsWith("-01");
        }
        assertThat(sum).isEqualTo(65);

        JsonNode june2023 = json.readTree(get(BASE + "/density?bucket=day&from=2023-06-01&to=2023-06-30").body());
        assertThat(june2023.get("total").asInt()).isEqualTo(3); // Kakhovka, the counteroffensive, the Wagner mutiny
        assertThat(get(BASE + "/density?bucket=hour").statusCode()).isEqualTo(400);
    }

    @Test
    void responses_carry_an_etag_and_a_matching_request_gets_304() throws Exception {
        HttpResponse<String> first = get(BASE + "/events?limit=5");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));

        HttpResponse<String> again = get(BASE + "/events?limit=5", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> otherQuery = get(BASE + "/events?limit=6", "If-None-Match", etag);
        assertThat(otherQuery.statusCode()).isEqualTo(200);
        assertThat(get(BASE + "/density", "If-None-Match", etag).statusCode()).isEqualTo(200);

        // the same query under another host name: permalinks name the public address either way, so the copy is current
        HttpResponse<String> otherHost = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + BASE
                + "/events?limit=5")).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(otherHost.statusCode()).isEqualTo(304);
        assertThat(get(BASE + "/events?limit=5").body()).contains("http://localhost:" + port + "/timelines/")
                .doesNotContain("127.0.0.1");
    }
}
