package org.annals.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * English and Ukrainian texts: the readers' pages from {@code vaadin-i18n/translations*.properties}, each signed-in
 * area from its own pair ({@code desk-i18n/editor.properties} and {@code editor_uk.properties} for keys starting
 * {@code editor.}, and so on for {@link #DESK_BUNDLES}), so each module's texts sit apart. (Not under
 * {@code vaadin-i18n/}: where this provider is absent — a module test — Vaadin's default one reads every file there
 * and accepts only {@code translations*} names.) English comes first, so a
 * browser asking for any other language reads English; a key missing in Ukrainian falls back to English (and
 * {@code TranslationsTest} fails the build when one is missing).
 */
@Component
class Translations implements I18NProvider {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    static final String BUNDLE = "vaadin-i18n.translations";
    /** The signed-in areas with their own bundle, named by their keys' first part. */
    static final java.util.Set<String> DESK_BUNDLES = java.util.Set.of("editor", "review", "notes", "admin", "import",
            "login", "shell", "form");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, UKRAINIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = "uk".equals(locale.getLanguage()) ? UKRAINIAN : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(bundleOf(key), wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            if (params.length == 0) {
                return pattern;
            }
            // a value that is itself a sentence with a key (a status in a refusal) reads in the same language
            Object[] values = java.util.Arrays.stream(params).map(p -> p instanceof org.annals.shared.Wording w ? read(w, locale)
                    : p instanceof org.annals.shared.Wordings list ? String.join(list.separator(),
                            list.items().stream().map(w -> read(w, locale)).toList()) : p).toArray();
            return new MessageFormat(pattern, wanted == Locale.ROOT ? Locale.ENGLISH : wanted).format(values);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private String read(org.annals.shared.Wording wording, Locale locale) {
        return wording.key() == null ? wording.english() : getTranslation(wording.key(), locale, wording.args().toArray());
    }

    static String bundleOf(String key) {
        int dot = key.indexOf('.');
        String area = dot < 0 ? "" : key.substring(0, dot);
        return DESK_BUNDLES.contains(area) ? "desk-i18n." + area : BUNDLE;
    }
}
