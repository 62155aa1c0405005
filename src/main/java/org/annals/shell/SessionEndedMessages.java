package org.annals.shell;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a signed-in person sees when their session has ended (timed out, signed out in another tab, the server
 * restarted): that it ended, that nothing typed is lost, and what to do — instead of Vaadin's "Cookies disabled" or
 * "Session expired" banners, in the language the browser asks for. The form's text is kept in the browser
 * (shared.ui.FormAutosave) and offered back after the sign-in, which returns to the page the person was on.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    static final String CAPTION = "shell.sessionEnded.caption";
    static final String MESSAGE = "shell.sessionEnded.message";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(SessionEndedMessages::messages);
    }

    static CustomizedSystemMessages messages(SystemMessagesInfo info) {
        Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
        I18NProvider translations = info.getService().getInstantiator().getI18NProvider();
        String caption = translations.getTranslation(CAPTION, locale);
        String message = translations.getTranslation(MESSAGE, locale);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(caption);
        messages.setSessionExpiredMessage(message);
        messages.setSessionExpiredNotificationEnabled(true);
        // without its session cookie the browser looks like one that refuses cookies: the same words fit both
        messages.setCookiesDisabledCaption(caption);
        messages.setCookiesDisabledMessage(message);
        messages.setCookiesDisabledNotificationEnabled(true);
        return messages;
    }
}
