package org.annals.shell;

import java.util.Locale;
import org.annals.shared.Refusal;

/** A refusal as a Ukrainian desk reads it, for the tests of modules whose refusals it shows (the provider is the shell's). */
public final class DeskTexts {

    private DeskTexts() {
    }

    public static String ukrainian(Refusal refusal) {
        return new Translations().getTranslation(refusal.key(), Locale.forLanguageTag("uk"), refusal.args());
    }
}
