package org.annals.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Markdown written by editors: CommonMark to HTML, then jsoup's safelist, so no script, frame or event handler ever
 * reaches a page. Input that carries such HTML is refused with a message rather than silently changed.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    // basic() plus what CommonMark itself produces (headings, rules, fenced code's language class)
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .addAttributes("code", "class");

    private MarkdownText() {
    }

    public static String toSafeHtml(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST);
    }

    /** The trimmed Markdown, or an {@link InvalidInputException} if it is too long or carries unsafe HTML. */
    public static @Nullable String validate(String field, @Nullable String markdown, int maxLength) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        String text = markdown.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, PlainText.label(field) + " is too long: " + text.length()
                    + " characters, at most " + maxLength);
        }
        String rendered = RENDERER.render(PARSER.parse(text));
        if (!Jsoup.isValid(rendered, SAFELIST)) {
            throw new InvalidInputException(field, PlainText.label(field)
                    + " contains HTML that is not allowed (scripts, frames, styles or event handlers); write Markdown");
        }
        return text;
    }
}
