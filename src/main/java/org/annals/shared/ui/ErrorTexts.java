package org.annals.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.annals.shared.InvalidInputException;

/**
 * A refusal as a person reads it: the English message the services write, or on a screen in another language the
 * text of the refusal's key, where it has one (validation of texts, dates, an event's content). A refusal without a
 * key reads in English.
 */
public final class ErrorTexts {

    private ErrorTexts() {
    }

    public static String of(RuntimeException refusal) {
        String message = refusal.getMessage() == null ? "" : refusal.getMessage();
        if (!(refusal instanceof InvalidInputException invalid) || invalid.key() == null) {
            return message;
        }
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return "en".equals(locale.getLanguage()) ? message : I18NProvider.translate(locale, invalid.key(), invalid.args());
    }
}
