package org.annals.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.annals.shared.DatabaseUnavailable;
import org.annals.shared.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The safety net under every click: an exception no view caught becomes a readable notification instead of a
 * broken screen. Annals' own exceptions carry messages written for people; a database out of reach says so (nothing
 * is lost, try again shortly); anything else is logged and answered with a generic apology.
 */
@Component
class UserFacingErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause.getClass().getName().startsWith("org.annals."))
                    && !(cause instanceof AccessDeniedException)) {
                cause = cause.getCause();
            }
            // read in the person's language when shown (the UI's); Annals' own messages as they come
            java.util.function.Function<UI, String> message;
            if (DatabaseUnavailable.is(error.getThrowable())) {
                log.warn("The database did not answer: {}", error.getThrowable().toString());
                message = page -> page.getTranslation("shell.error.unavailable");
            } else if (cause instanceof AccessDeniedException) {
                message = page -> page.getTranslation("shell.error.notAllowed");
            } else if (cause instanceof RuntimeException own && cause.getClass().getName().startsWith("org.annals.")) {
                message = page -> org.annals.shared.ui.ErrorTexts.of(own);
            } else {
                log.error("Unexpected error in the application", error.getThrowable());
                message = page -> page.getTranslation("shell.error.unexpected");
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(message.apply(ui)));
            }
        }));
    }
}
