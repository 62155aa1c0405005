package org.annals.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * vis-timeline wrapped with a typed API. It never holds more than the server sends for the visible window: events
 * when there are few enough, density bars otherwise.
 */
@Tag("annals-visual-timeline")
@NpmPackage(value = "vis-timeline", version = "8.5.4")
@NpmPackage(value = "moment", version = "2.30.1")
@JsModule("./annals-visual-timeline.js")
class VisualTimeline extends Component {

    /**
     * One event as drawn: start and end are days, end exclusive; fuzzy when its dates are uncertain; in a lane, or in
     * none when the timeline has no lanes.
     */
    record Item(String slug, String headline, String label, LocalDate start, LocalDate end, boolean fuzzy, String type,
            @Nullable String lane) implements Serializable {
    }

    /** A horizontal band of the timeline (a type, an actor), with the label readers see. */
    record Lane(String id, String label) implements Serializable {
    }

    /** What to draw: the items, and the lanes they sit in (none: one band). */
    record Layout(List<Item> items, List<Lane> lanes) implements Serializable {
    }

    record Bar(LocalDate start, LocalDate end, int count) implements Serializable {
    }

    VisualTimeline() {
        setId("visual-timeline");
        // names the region for screen readers, in the reader's language
        getElement().setAttribute("aria-label", getTranslation("timeline.visualLabel"));
        getElement().setAttribute("lang", getLocale() == null ? "en" : getLocale().getLanguage());
        getElement().setAttribute("zoom-in-label", getTranslation("timeline.zoomIn"));
        getElement().setAttribute("zoom-out-label", getTranslation("timeline.zoomOut"));
        // the browser fills in the count
        getElement().setAttribute("more-label", getTranslation("timeline.moreHere", "{0}"));
    }

    void setWindow(LocalDate from, LocalDate to) {
        getElement().callJsFunction("setWindow", from.toString(), to.toString());
    }

    void select(String slug) {
        getElement().callJsFunction("select", slug);
    }

    void showEvents(Layout layout) {
        var array = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        for (Item item : layout.items()) {
            var node = array.addObject();
            // an event in two lanes is drawn twice: one id per lane
            node.put("id", item.lane() == null ? item.slug() : item.slug() + "|" + item.lane());
            node.put("lane", item.lane());
            node.put("slug", item.slug());
            node.put("headline", item.headline());
            node.put("label", item.label());
            node.put("start", item.start().toString());
            // a single known day is a point; anything wider is drawn as the span it is
            if (item.end().isAfter(item.start().plusDays(1)) || item.fuzzy()) {
                node.put("end", item.end().toString());
            }
            node.put("fuzzy", item.fuzzy());
            node.put("type", item.type());
        }
        var lanes = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        layout.lanes().forEach(lane -> lanes.addObject().put("id", lane.id()).put("label", lane.label()));
        getElement().callJsFunction("showEvents", array, lanes);
    }

    void showDensity(List<Bar> bars, int total) {
        var array = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        for (Bar bar : bars) {
            array.addObject().put("start", bar.start().toString()).put("end", bar.end().toString()).put("count", bar.count());
        }
        getElement().callJsFunction("showDensity", array, total);
    }

    /** Tells the browser that a window it reported needs nothing new (it is no longer busy). */
    void settled() {
        getElement().callJsFunction("settled");
    }

    Registration addWindowChangedListener(BiConsumer<LocalDate, LocalDate> listener) {
        return getElement().addEventListener("window-changed", e -> {
                    LocalDate from = reportedDay(e.getEventData().get("event.detail.from").asString());
                    LocalDate to = reportedDay(e.getEventData().get("event.detail.to").asString());
                    if (from != null && to != null && !to.isBefore(from)) {
                        listener.accept(from, to);
                    }
                })
                .addEventData("event.detail.from").addEventData("event.detail.to");
    }

    /**
     * A day the browser reported, kept inside the years 1–9999; null for anything else (the browser's view stays as it
     * is, and nothing reaches the queries).
     */
    static @Nullable LocalDate reportedDay(String text) {
        try {
            return UncertainDate.withinYears(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    Registration addEventSelectedListener(Consumer<String> listener) {
        return getElement().addEventListener("event-selected", e -> listener.accept(e.getEventData().get("event.detail.slug").asString()))
                .addEventData("event.detail.slug");
    }
}
