package org.annals.importexport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventType;
import org.annals.event.PlacePrecision;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: GeoJSON in — Annals' own GeoJSON export imported into a fresh timeline gives the same events (those with a
 * point: GeoJSON has no other kind), and a GIS desk's layer of points comes in by its usual property names; shapes that
 * are not points are refused by feature, and nothing is imported.
 */
@IntegrationTest
class GeoJsonRoundTripIT {

    private static final String SLUG = "russia-ukraine-war";
    private static final String ADMIN = "geojson-admin";

    @LocalServerPort
    int port;
    @Autowired
    TimelineImportService importer;
    @Autowired
    TimelineService timelines;
    @Autowired
    EventEditingService editing;
    @Autowired
    PublishedEventQuery published;

    @Test
    void the_first_timelines_geojson_comes_back_the_same_in_a_fresh_timeline() throws Exception {
        HttpResponse<byte[]> export = RoundTrips.export(port, SLUG, "geojson");
        assertThat(export.statusCode()).isEqualTo(200);
        String copy = fresh("geojson-round-trip");

        ImportReport report = SignedIn.as(ADMIN, "ADMIN", () -> importer.importGeoJson(new ByteArrayInputStream(export.body()),
                copy, EventType.MILITARY));

        Map<String, EventDetails> before = new HashMap<>();
        published.forEach(SLUG, EventFilter.ALL, event -> {
            if (event.content().place().point() != null) {
                before.put(event.slug(), event);
            }
        });
        int omitted = Integer.parseInt(export.headers().firstValue("X-Annals-Omitted-Without-Coordinates").orElseThrow());
        assertThat(report.eventsCreated()).isEqualTo(before.size());
        assertThat(omitted).as("the events without a point, which GeoJSON cannot hold").isPositive();
        Map<String, EventDetails> after = events(copy);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((slug, was) -> {
            EventDetails is = after.get(slug);
            assertThat(is.content()).as(slug).isEqualTo(was.content());
            assertThat(is.actors()).as(slug).isEqualTo(was.actors());
            assertThat(is.citations()).as(slug).extracting(GeoJsonRoundTripIT::citation)
                    .containsExactlyInAnyOrderElementsOf(was.citations().stream().map(GeoJsonRoundTripIT::citation).toList());
        });
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> importer.importGeoJson(new ByteArrayInputStream(export.body()), copy,
                EventType.MILITARY)).eventsCreated()).as("the same file again adds nothing").isZero();
    }

    @Test
    void a_gis_desks_layer_of_points_comes_in_by_its_usual_names_and_a_polygon_is_refused() {
        String desk = fresh("geojson-layer");
        String layer = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": 17, "geometry": {"type": "Point", "coordinates": [36.231, 49.993]},
                   "properties": {"name": "Strike on a power substation", "date": "2024-03-22", "description": "Reported by the operator."}},
                  {"type": "Feature", "geometry": null, "properties": {"title": "Blackout schedule announced", "date": "2024-03"}}
                ]}""";
        ImportReport report = SignedIn.as(ADMIN, "ADMIN", () -> importer.importGeoJson(
                new ByteArrayInputStream(layer.getBytes(StandardCharsets.UTF_8)), desk, EventType.HUMANITARIAN));

        assertThat(report.eventsCreated()).isEqualTo(2);
        Map<String, EventDetails> events = events(desk);
        EventDetails strike = events.values().stream().filter(e -> e.content().headline().startsWith("Strike")).findFirst().orElseThrow();
        assertThat(strike.externalRef()).isEqualTo("geojson:17");
        assertThat(strike.content().summary()).isEqualTo("Reported by the operator.");
        assertThat(strike.content().start().toEdtf()).isEqualTo("2024-03-22");
        assertThat(strike.content().place().point().latitude()).isEqualTo(49.993);
        assertThat(strike.content().place().precision()).as("a point nobody says is exact").isEqualTo(PlacePrecision.APPROXIMATE);
        assertThat(strike.content().types()).containsExactly(EventType.HUMANITARIAN);
        EventDetails schedule = events.values().stream().filter(e -> e.content().headline().startsWith("Blackout")).findFirst().orElseThrow();
        assertThat(schedule.content().place().point()).isNull();
        assertThat(schedule.externalRef()).as("no id: a key from what it says").startsWith("geojson:");
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> importer.importGeoJson(
                new ByteArrayInputStream(layer.getBytes(StandardCharsets.UTF_8)), desk, EventType.HUMANITARIAN)).eventsCreated()).isZero();

        String shapes = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}, "properties": {"name": "Fine", "date": "2024-01-01"}},
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 50]]]},
                   "properties": {"name": "An area", "date": "2024-01-02"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]}, "properties": {"name": "No date"}}
                ]}""";
        assertThatThrownBy(() -> SignedIn.as(ADMIN, "ADMIN", () -> importer.importGeoJson(
                new ByteArrayInputStream(shapes.getBytes(StandardCharsets.UTF_8)), desk, EventType.MILITARY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing was imported")
                .hasMessageContaining("feature 2: Only points are events' places; this feature's geometry is a Polygon")
                .hasMessageContaining("feature 3: edtf is empty");
        assertThat(events(desk)).hasSize(2);
    }

    private String fresh(String prefix) {
        return RoundTrips.fresh(timelines, prefix, "GeoJSON");
    }

    private Map<String, EventDetails> events(String timeline) {
        return RoundTrips.events(editing, timeline);
    }

    private static String citation(CitationView c) {
        return c.source().url() + " | " + c.stance() + " | " + c.supports() + " | " + c.quote();
    }
}
