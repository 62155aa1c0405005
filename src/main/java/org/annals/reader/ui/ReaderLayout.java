package org.annals.reader.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Objects;
import org.annals.event.ui.spi.EventScreens;

/** The public frame: a header linking home and to sign-in, the page, and a footer pointing at the open API. */
@AnonymousAllowed
public class ReaderLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public ReaderLayout(AuthenticationContext authentication) {
        Header header = new Header();
        header.addClassName("annals-page");
        header.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
        Anchor home = new Anchor("/", "Annals");
        home.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Anchor signIn = authentication.isAuthenticated() ? new Anchor(EventScreens.gridHref(null), getTranslation("site.workspace"))
                : new Anchor("/login", getTranslation("site.signIn"));
        signIn.getStyle().set("margin-left", "auto");
        // the language follows the browser; this switches it for the rest of the visit
        com.vaadin.flow.component.button.Button language = new com.vaadin.flow.component.button.Button(
                getTranslation("site.language"), e -> {
                    Locale next = "uk".equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("uk");
                    com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(next);
                    e.getSource().getUI().ifPresent(ui -> {
                        ui.setLocale(next);
                        ui.getPage().reload();
                    });
                });
        language.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        language.setId("language");
        language.getElement().setAttribute("lang", "uk".equals(getLocale().getLanguage()) ? "en" : "uk");
        header.add(home, language, signIn);
        Footer footer = new Footer();
        footer.addClassName("annals-page");
        footer.add(new Anchor("/v3/api-docs", getTranslation("site.openData")));
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }
}
