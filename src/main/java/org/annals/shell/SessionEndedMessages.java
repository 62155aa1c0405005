package org.annals.shell;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a signed-in person sees when their session has ended (timed out, signed out in another tab, the server
 * restarted): that it ended, that nothing typed is lost, and what to do — instead of Vaadin's "Cookies disabled" or
 * "Session expired" banners. The form's text is kept in the browser (shared.ui.FormAutosave) and offered back after
 * the sign-in, which returns to the page the person was on.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    static final String CAPTION = "Your session has ended";
    static final String MESSAGE = "What you typed is kept in this browser. Click here to sign in again: you come back to "
            + "this page and your text is offered back.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(CAPTION);
        messages.setSessionExpiredMessage(MESSAGE);
        messages.setSessionExpiredNotificationEnabled(true);
        // without its session cookie the browser looks like one that refuses cookies: the same words fit both
        messages.setCookiesDisabledCaption(CAPTION);
        messages.setCookiesDisabledMessage(MESSAGE);
        messages.setCookiesDisabledNotificationEnabled(true);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
