package org.annals.reader.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The readers' texts for pages rendered outside Vaadin, from the same translation files the UI uses
 * ({@code vaadin-i18n/translations*.properties}): Ukrainian when asked for, English otherwise.
 */
final class ReaderTexts {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final String BUNDLE = "vaadin-i18n.translations";

    private final ResourceBundle bundle;
    private final Locale locale;

    ReaderTexts(Locale locale) {
        this.locale = "uk".equals(locale.getLanguage()) ? UKRAINIAN : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale == UKRAINIAN ? UKRAINIAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... params) {
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
