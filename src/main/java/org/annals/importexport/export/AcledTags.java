package org.annals.importexport.export;

import java.util.Locale;

/**
 * The tag an ACLED word becomes ("Battles" → {@code battles}, "Armed clash" → {@code armed-clash}): made by the import,
 * recognised by the ACLED-shaped export, which leaves out the tags the import added.
 */
public final class AcledTags {

    private AcledTags() {
    }

    public static String of(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
