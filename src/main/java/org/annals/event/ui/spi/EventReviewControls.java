package org.annals.event.ui.spi;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.annals.event.EditorialState;
import org.annals.event.EventDetails;

/**
 * The bar at the top of the event editor that says where the event stands in review and offers the next steps
 * (submit, approve, return, discard, retract, merge): contributed by the review module.
 */
public interface EventReviewControls {

    /**
     * A new bar for the event as it stands; {@code afterStep} gets the event a step left (the surviving event after a
     * merge), on the UI thread.
     */
    Component create(EventDetails event, EditorialState state, Consumer<EventDetails> afterStep);
}
