package org.annals.notes.internal;

import java.util.Optional;
import org.annals.notes.TextQuote;
import org.annals.shared.MarkdownText;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;

/**
 * Finds a quoted passage in a text. A person selects either in the rendered text (no Markdown marks) or in the
 * Markdown source, so both are searched, with runs of white space counted as one space. The context stored with the
 * passage is taken from the text where it was found; when the passage occurs more than once, the occurrence whose
 * context matches the given prefix is taken.
 */
public final class Anchoring {

    private Anchoring() {
    }

    /** The passage with its context, or empty when the text does not contain it. */
    public static Optional<TextQuote> locate(@Nullable String markdown, TextQuote wanted) {
        for (String text : forms(markdown)) {
            int at = occurrence(text, wanted);
            if (at >= 0) {
                String exact = wanted.exact();
                String prefix = text.substring(Math.max(0, at - TextQuote.CONTEXT), at);
                String suffix = text.substring(at + exact.length(), Math.min(text.length(), at + exact.length() + TextQuote.CONTEXT));
                return Optional.of(new TextQuote(exact, prefix, suffix));
            }
        }
        return Optional.empty();
    }

    /** Whether the passage is still in the (possibly changed) text; if not, its note is shown as orphaned. */
    public static boolean stillThere(@Nullable String markdown, TextQuote quote) {
        return locate(markdown, quote).isPresent();
    }

    private static int occurrence(String text, TextQuote wanted) {
        int first = text.indexOf(wanted.exact());
        if (first < 0 || wanted.prefix().isEmpty()) {
            return first;
        }
        String prefix = normalise(wanted.prefix());
        for (int at = first; at >= 0; at = text.indexOf(wanted.exact(), at + 1)) {
            if (text.substring(0, at).stripTrailing().endsWith(prefix.strip())) {
                return at;
            }
        }
        return first;
    }

    private static String[] forms(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new String[0];
        }
        String plain = Jsoup.parse(MarkdownText.toSafeHtml(markdown)).text();
        return new String[] {normalise(plain), normalise(markdown)};
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
