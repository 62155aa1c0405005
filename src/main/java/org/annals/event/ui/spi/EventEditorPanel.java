package org.annals.event.ui.spi;

import org.annals.event.EventId;
import com.vaadin.flow.component.Component;

/** A section of the event editor contributed by another module (e.g. the team's notes). */
public interface EventEditorPanel {

    /** Heading shown above the panel. */
    String title();

    /** A new panel for the event; called each time the editor shows an event, on the UI thread. */
    Component create(EventId eventId);

    /** Panels are shown in ascending order. */
    default int order() {
        return 100;
    }
}
