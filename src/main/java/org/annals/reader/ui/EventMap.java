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
@JsModule("./annals-event-map.js")
class EventMap extends Component {

    /** The visible area, in degrees. */
    record Area(double south, double west, double north, double east) {
    }

    EventMap() {
        setId("event-map");
        // names the region for screen readers, in the reader's language
        getElement().setAttribute("aria-label", getTranslation("timeline.mapLabel"));
        getElement().getStyle().set("height", "300px").set("width", "100%");
    }

    void showEvents(List<EventItem> events, java.util.Locale locale) {
        var array = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        for (EventItem event : events) {
            var point = event.place().point();
            if (point != null) {
                array.addObject().put("slug", event.slug()).put("headline", event.headline())
                        .put("label", event.dateLabel(locale)).put("lat", point.latitude()).put("lon", point.longitude())
                        .put("precision", event.place().precision().name());
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
                        e.getEventData().get("event.detail.north").asDouble(), e.getEventData().get("event.detail.east").asDouble())))
                .addEventData("event.detail.south").addEventData("event.detail.west")
                .addEventData("event.detail.north").addEventData("event.detail.east");
    }
}
