package org.annals.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.annals.shared.Refusal;
import org.annals.shared.Wording;

/**
 * A refusal as a person reads it: the English message the services write, or on a screen in another language the
 * text of the refusal's key, where it has one ({@link Refusal}). A refusal without a key reads in English.
 */
public final class ErrorTexts {

    private ErrorTexts() {
    }

    public static String of(RuntimeException refusal) {
        return of(Wording.of(refusal));
    }

    public static String of(Wording wording) {
        if (wording.key() == null) {
            return wording.english();
        }
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return "en".equals(locale.getLanguage()) ? wording.english()
                : I18NProvider.translate(locale, wording.key(), wording.args().toArray());
    }
}
