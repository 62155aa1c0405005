package org.annals.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Where a sign-in lands when nobody was on their way to a page: the desk of the person's role — "My work" for editors,
 * reviewers and administrators, the events to annotate for annotators — not the public home page.
 */
@Route(value = SignedInLanding.PATH, autoLayout = false)
@PermitAll
public class SignedInLanding extends Div implements BeforeEnterObserver {

    public static final String PATH = "editor/start";

    private final transient AuthenticationContext authentication;

    SignedInLanding(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasAnyRole("EDITOR", "REVIEWER", "ADMIN") ? "editor" : "editor/to-annotate");
    }
}
