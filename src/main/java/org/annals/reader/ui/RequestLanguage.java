package org.annals.reader.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The language a public page's first HTML speaks, before the live view decides: a link's {@code ?lang=}, then the
 * reader's own switch if known, then the browser's {@code Accept-Language}. Readers' pages speak English or
 * Ukrainian; anything else, and a malformed header, is English (as Vaadin would answer).
 */
final class RequestLanguage {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private RequestLanguage() {
    }

    /** {@code readersChoice}: the language the reader switched to in this session, or null when none is known. */
    static Locale of(VaadinRequest request, @Nullable Locale readersChoice) {
        return Optional.ofNullable(request.getParameter("lang")).map(Locale::forLanguageTag)
                .or(() -> Optional.ofNullable(readersChoice).filter(RequestLanguage::isUkrainian))
                .or(() -> Optional.ofNullable(request.getHeader("Accept-Language")).map(RequestLanguage::browserLanguage))
                .filter(RequestLanguage::isUkrainian).orElse(Locale.ENGLISH);
    }

    private static boolean isUkrainian(Locale locale) {
        return "uk".equals(locale.getLanguage());
    }

    private static @Nullable Locale browserLanguage(String header) {
        try {
            return Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.ENGLISH, UKRAINIAN));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
