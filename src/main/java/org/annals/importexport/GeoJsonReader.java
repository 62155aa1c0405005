package org.annals.importexport;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.event.ActorKind;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.shared.InvalidInputException;
import org.annals.shared.Wording;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON FeatureCollection (RFC 7946) read as draft events (decision 0035). Annals' own GeoJSON export names its
 * properties as its CSV's columns, so a feature is read as a CSV row is ({@link AnnalsCsvReader}) and the file comes
 * back whole; a GIS desk's layer is read by the names such layers use when Annals' are absent ({@code title} or
 * {@code name} for the headline, {@code description} for the summary, {@code date} for the EDTF date), with the
 * chosen type and "unverified" where the file says nothing. A point is the place (approximate unless the file says how
 * precise); a feature without geometry has no place; a line or polygon is refused, not reduced to a made-up point.
 * A feature's key is its {@code ref}, else its id ("geojson:…"), else a hash of what it says, so importing the same file
 * again adds nothing.
 */
final class GeoJsonReader {

    /** Names a layer from elsewhere uses, by the column they stand for: the first present is read. */
    private static final Map<String, List<String>> ALIASES = Map.of("headline", List.of("title", "name"),
            "summary", List.of("description"), "edtf", List.of("date"), "start_earliest", List.of("earliest"),
            "start_latest", List.of("latest"));

    private final EventType defaultType;
    private final Map<String, ActorKind> kinds;
    private final ImportProblems problems = new ImportProblems();

    GeoJsonReader(EventType defaultType, Map<String, ActorKind> timelineActors) {
        this.defaultType = defaultType;
        this.kinds = Map.copyOf(timelineActors);
    }

    /** Whether an uploaded JSON file is a GeoJSON FeatureCollection: its top-level "type" says so. */
    static boolean isGeoJson(byte[] file) {
        try (tools.jackson.core.JsonParser parser = TimelineFileParser.untrusted().createParser(file)) {
            if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("type")) {
                    return parser.currentToken() == tools.jackson.core.JsonToken.VALUE_STRING
                            && parser.getString().equals("FeatureCollection");
                }
                parser.skipChildren();
            }
            return false;
        } catch (JacksonException e) {
            return false;
        }
    }

    /** The features' events; the file is refused with every feature's problem named when any has one. */
    List<ImportedEvent> read(InputStream file) {
        JsonNode root = TimelineFileParser.tree(file);
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new InvalidInputException("file", "Not a GeoJSON FeatureCollection with features", "import.refusal.notGeoJson");
        }
        TimelineFileParser.requireAtMostMaxEvents(features.size());
        List<ImportedEvent> events = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Wording where = Wording.of("feature " + (i + 1), "import.where.feature", i + 1);
            try {
                events.add(event(features.get(i)));
            } catch (InvalidInputException e) {
                problems.add(ImportProblems.at(where, e));
            }
        }
        problems.refuseIfAny();
        return events;
    }

    private ImportedEvent event(JsonNode feature) {
        Map<String, String> cells = new HashMap<>();
        JsonNode properties = feature.get("properties");
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(p -> cells.put(p.getKey().toLowerCase(Locale.ROOT), text(p.getKey(), p.getValue())));
        }
        ALIASES.forEach((column, names) -> {
            if (cells.getOrDefault(column, "").isBlank()) {
                names.stream().map(n -> cells.getOrDefault(n, "")).filter(v -> !v.isBlank()).findFirst()
                        .ifPresent(v -> cells.put(column, v));
            }
        });
        point(feature.get("geometry"), cells);
        cells.putIfAbsent("types", defaultType.name().toLowerCase(Locale.ROOT));
        cells.putIfAbsent("confidence", "unverified");
        cells.put("ref", ref(feature, cells));
        return AnnalsCsvReader.event(column -> cells.getOrDefault(column, "").strip(), kinds);
    }

    /** A point's coordinates into the cells ([longitude, latitude]); no geometry is no place; other shapes are refused. */
    private static void point(@Nullable JsonNode geometry, Map<String, String> cells) {
        cells.remove("latitude");
        cells.remove("longitude");
        if (geometry == null || geometry.isNull()) {
            cells.remove("place_precision");
            return;
        }
        String type = geometry.path("type").asString("");
        JsonNode at = geometry.get("coordinates");
        if (!type.equals("Point") || at == null || !at.isArray() || at.size() < 2 || !at.get(0).isNumber() || !at.get(1).isNumber()) {
            throw new InvalidInputException("geometry", "Only points are events' places; this feature's geometry is "
                    + (type.isEmpty() ? "not a point" : "a " + type), "import.refusal.notAPoint", type.isEmpty() ? "?" : type);
        }
        cells.put("longitude", at.get(0).asString());
        cells.put("latitude", at.get(1).asString());
    }

    /** A property as the text a CSV cell would hold: lists joined with ";", a data set's codes as "name=value" lines. */
    private static String text(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.isValueNode() ? v.asString() : ""));
            return String.join(";", parts);
        }
        if (value.isObject()) {
            if (!name.equals("codes")) {
                return "";
            }
            List<String> lines = new ArrayList<>();
            value.properties().forEach(p -> lines.add(p.getKey() + "=" + (p.getValue().isValueNode() ? p.getValue().asString() : "")));
            return String.join("\n", lines);
        }
        return value.asString();
    }

    /** The file's key for the feature: its ref, else its id, else a hash of its headline, date and point. */
    private static String ref(JsonNode feature, Map<String, String> cells) {
        String ref = cells.getOrDefault("ref", "").strip();
        if (!ref.isEmpty()) {
            return ref;
        }
        JsonNode id = feature.get("id");
        String own = id != null && id.isValueNode() && !id.isNull() ? id.asString() : cells.getOrDefault("id", "").strip();
        if (!own.isEmpty()) {
            return "geojson:" + own;
        }
        String said = String.join("\u001f", cells.getOrDefault("headline", ""), cells.getOrDefault("edtf", ""),
                cells.getOrDefault("latitude", ""), cells.getOrDefault("longitude", ""));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(said.getBytes(StandardCharsets.UTF_8));
            return "geojson:" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
