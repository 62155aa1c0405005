package org.annals.event.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.shared.UncertainDate;

/** Readable, stable permalink slugs: the earliest day plus the headline's first significant words. */
final class EventSlugs {

    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "to", "in", "on", "and", "for", "at", "by", "with");

    private EventSlugs() {
    }

    static String from(UncertainDate start, String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        String words = Arrays.stream(ascii.split(" ")).filter(w -> !w.isEmpty() && !FILLER.contains(w)).limit(6)
                .collect(Collectors.joining("-"));
        String slug = start.earliest() + (words.isEmpty() ? "" : "-" + words);
        return slug.length() <= 72 ? slug : slug.substring(0, 72).replaceAll("-+$", "");
    }
}
