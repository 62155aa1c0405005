package org.annals.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for editors, reviewers and annotators; readers never need it. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Annals")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        // the page's one main landmark, so screen-reader users can jump to the form and the way back
        Main main = new Main(login, new Anchor("/", "Back to the public timelines"));
        main.addClassName("annals-sign-in-page");
        add(main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        if (parameters.getParameters().containsKey("throttled")) {
            // the same words whether or not the account exists: the wait says nothing about accounts
            String minutes = parameters.getSingleParameter("throttled").filter(m -> m.matches("\\d{1,3}")).orElse("15");
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Too many sign-in attempts");
            i18n.getErrorMessage().setMessage("Sign-in is paused for this account or this network. Try again in "
                    + minutes + (minutes.equals("1") ? " minute." : " minutes."));
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
