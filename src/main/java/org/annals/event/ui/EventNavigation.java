package org.annals.event.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;

/** Going to the editors' event screens by their view classes, so a changed route cannot leave a link behind. */
final class EventNavigation {

    private EventNavigation() {
    }

    static void toEditor(UI ui, long eventId) {
        ui.navigate(EventEditorView.class, new RouteParameters("id", Long.toString(eventId)));
    }

    static void toNewEvent(UI ui, String timelineSlug) {
        ui.navigate(EventEditorView.class, new RouteParameters("id", "new"),
                QueryParameters.simple(Map.of("timeline", timelineSlug)));
    }
}
