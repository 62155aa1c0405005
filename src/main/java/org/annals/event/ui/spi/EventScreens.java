package org.annals.event.ui.spi;

import org.annals.event.EventId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.annals.event.ui.EventEditorView;
import org.annals.event.ui.EventGridView;
import org.jspecify.annotations.Nullable;

/**
 * Going to the editors' event screens by their view classes, from this module or another, so a changed route cannot
 * leave a link behind.
 */
public final class EventScreens {

    private EventScreens() {
    }

    /** The address of an event's editor, for a link. */
    public static String editorHref(EventId eventId) {
        return "/" + RouteConfiguration.forApplicationScope().getUrl(EventEditorView.class,
                new RouteParameters("id", Long.toString(eventId.value())));
    }

    public static void toEditor(UI ui, EventId eventId) {
        ui.navigate(EventEditorView.class, new RouteParameters("id", Long.toString(eventId.value())));
    }

    public static void toNewEvent(UI ui, String timelineSlug) {
        ui.navigate(EventEditorView.class, new RouteParameters("id", "new"),
                QueryParameters.simple(Map.of("timeline", timelineSlug)));
    }

    /** The events grid, on one timeline when {@code timelineSlug} is given: a link for an anchor. */
    /** The grid listing only the events one import added (its history revision) to the timeline. */
    public static String gridHref(String timelineSlug, long importRevision) {
        return "/" + RouteConfiguration.forApplicationScope().getUrl(EventGridView.class) + "?"
                + QueryParameters.simple(Map.of("timeline", timelineSlug, "import", Long.toString(importRevision))).getQueryString();
    }

    public static String gridHref(@Nullable String timelineSlug) {
        String grid = RouteConfiguration.forApplicationScope().getUrl(EventGridView.class);
        return "/" + grid + (timelineSlug == null ? ""
                : "?" + QueryParameters.simple(Map.of("timeline", timelineSlug)).getQueryString());
    }
}
