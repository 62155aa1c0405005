package org.annals.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * English and Ukrainian texts from {@code vaadin-i18n/translations*.properties}. English comes first, so a browser
 * asking for any other language reads English; a key missing in Ukrainian falls back to English.
 */
@Component
class Translations implements I18NProvider {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, UKRAINIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = "uk".equals(locale.getLanguage()) ? UKRAINIAN : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
