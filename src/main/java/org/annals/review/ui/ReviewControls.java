package org.annals.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.Consumer;
import org.annals.event.EditorialState;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.ui.spi.EventReviewControls;
import org.annals.review.ReviewService;

/** Puts the review bar at the top of the event editor. */
@org.springframework.stereotype.Component
class ReviewControls implements EventReviewControls {

    private final ReviewService review;
    private final EventEditingService events;
    private final AuthenticationContext authentication;

    ReviewControls(ReviewService review, EventEditingService events, AuthenticationContext authentication) {
        this.review = review;
        this.events = events;
        this.authentication = authentication;
    }

    @Override
    public Component create(EventDetails event, EditorialState state, Consumer<EventDetails> afterStep) {
        return new ReviewBar(event, state, review, events, authentication, afterStep);
    }
}
