package org.annals.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for editors, reviewers and annotators; readers never need it. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts());
        // the page's one main landmark, so screen-reader users can jump to the form and the way back
        Main main = new Main(login, new Anchor("/", getTranslation("login.back")));
        main.addClassName("annals-sign-in-page");
        add(main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        if (parameters.getParameters().containsKey("throttled")) {
            // the same words whether or not the account exists: the wait says nothing about accounts
            String minutes = parameters.getSingleParameter("throttled").filter(m -> m.matches("\\d{1,3}")).orElse("15");
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation(minutes.equals("1") ? "login.throttled.message.one"
                    : "login.throttled.message.many", minutes));
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    /** Vaadin's sign-in form in the page's language (in English, its own defaults). */
    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.form.username"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
