package org.annals.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.annals.security.AccountService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A signed-in person's screens speak the language they chose (kept with their account, switched in the signed-in
 * header), on every device; without a choice they follow the browser, as Vaadin does. Read once per session.
 */
@Component
class AccountLanguage implements VaadinServiceInitListener {

    private static final String APPLIED = AccountLanguage.class.getName() + ".applied";

    private final AccountService accounts;

    AccountLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(APPLIED) != null || !signedIn()) {
            return;
        }
        session.setAttribute(APPLIED, Boolean.TRUE);
        accounts.myLanguage().ifPresent(language -> use(ui, language));
    }

    /** Switches this person's screens to {@code language} now and keeps it with their account. */
    void choose(UI ui, Locale language) {
        accounts.chooseMyLanguage(language);
        ui.getSession().setAttribute(APPLIED, Boolean.TRUE);
        use(ui, language);
    }

    private static void use(UI ui, Locale language) {
        ui.getSession().setLocale(language);
        ui.setLocale(language);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return Optional.ofNullable(authentication).filter(a -> a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken))
                .isPresent();
    }
}
