package org.annals.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A map to pick one point by clicking, or to show it (Leaflet drawing Natural Earth outlines that ship with the
 * application: no tile server, no internet needed).
 */
@Tag("annals-map-picker")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@JsModule("./annals-map-picker.js")
public class MapPicker extends Component {

    public MapPicker() {
        getElement().getStyle().set("height", "320px").set("width", "100%");
        getElement().setAttribute("aria-label", getTranslation("form.map.label"));
    }

    public void setPoint(@Nullable Double latitude, @Nullable Double longitude) {
        if (latitude == null || longitude == null) {
            getElement().callJsFunction("setPoint", null, null);
        } else {
            getElement().callJsFunction("setPoint", latitude, longitude);
        }
    }

    /** Called with latitude and longitude (rounded to 4 decimals, about 10 m) when someone clicks the map. */
    public Registration addPointPickedListener(BiConsumer<Double, Double> listener) {
        return getElement().addEventListener("point-picked", e -> listener.accept(
                        e.getEventData().get("event.detail.lat").asDouble(), e.getEventData().get("event.detail.lon").asDouble()))
                .addEventData("event.detail.lat").addEventData("event.detail.lon");
    }
}
