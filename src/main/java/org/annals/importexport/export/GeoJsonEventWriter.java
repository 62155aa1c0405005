package org.annals.importexport.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.event.EventDetails;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/** A GeoJSON (RFC 7946) FeatureCollection of Points, [longitude, latitude]; events without coordinates are left out. */
public class GeoJsonEventWriter implements EventWriter {

    private final JsonGenerator json;
    private final String baseUrl;

    public GeoJsonEventWriter(ObjectMapper mapper, OutputStream out, String baseUrl) {
        this.json = mapper.createGenerator(out);
        this.baseUrl = baseUrl;
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeName("features");
        json.writeStartArray();
    }

    @Override
    public void write(EventDetails event) {
        var point = event.content().place().point();
        if (point == null) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("slug", event.slug());
        properties.put("headline", event.content().headline());
        properties.put("edtf", event.edtf());
        properties.put("display_date", event.dateLabel(Locale.ENGLISH));
        properties.put("earliest", event.content().start().earliest().toString());
        properties.put("latest", event.content().start().latest().toString());
        properties.put("place", event.content().place().name());
        properties.put("place_precision", event.content().place().precision().name().toLowerCase(Locale.ROOT));
        properties.put("types", event.content().types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList());
        properties.put("permalink", baseUrl + event.permalinkPath());
        // the CSV's columns under the same names, so the file comes back whole (GeoJsonReader)
        var c = event.content();
        properties.put("ref", CsvEventWriter.ref(event));
        properties.put("start_precision", c.start().precision().name().toLowerCase(Locale.ROOT));
        properties.put("start_earliest", c.start().earliest().toString());
        properties.put("start_latest", c.start().latest().toString());
        if (c.end() != null) {
            properties.put("end_edtf", c.end().toEdtf());
            properties.put("end_earliest", c.end().earliest().toString());
            properties.put("end_latest", c.end().latest().toString());
        }
        putKnown(properties, "summary", c.summary());
        putKnown(properties, "date_note", c.dateNote());
        properties.put("tags", c.tags().stream().sorted().toList());
        properties.put("actors", event.actors().stream().map(a -> a.name()).toList());
        properties.put("actor_roles", CsvEventWriter.actorRoles(event));
        properties.put("confidence", c.confidence().name().toLowerCase(Locale.ROOT));
        properties.put("citations", CsvEventWriter.citations(event));
        properties.put("sources", CsvEventWriter.sources(event));
        var data = c.data();
        if (!data.codes().isEmpty()) {
            properties.put("codes", data.codes());
        }
        putKnown(properties, "fatalities_low", data.fatalitiesLow());
        putKnown(properties, "fatalities_best", data.fatalitiesBest());
        putKnown(properties, "fatalities_high", data.fatalitiesHigh());
        putKnown(properties, "admin1", data.admin1());
        putKnown(properties, "admin2", data.admin2());
        putKnown(properties, "admin3", data.admin3());
        putKnown(properties, "disorder_type", data.disorderType());
        putKnown(properties, "interaction", data.interaction());
        json.writePOJO(Map.of("type", "Feature",
                "geometry", Map.of("type", "Point", "coordinates", List.of(point.longitude(), point.latitude())),
                "properties", properties));
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    private static void putKnown(Map<String, Object> properties, String name, @org.jspecify.annotations.Nullable Object value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
