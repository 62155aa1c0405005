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

    /**
     * Plain text from elsewhere (an ACLED note, a TimelineJS slide) as Markdown that shows it as written: what Markdown
     * would read as emphasis, code, links, entities or tags, and line starts it would read as headings, lists or
     * quotes, are backslash-escaped; ordinary punctuation is left alone, so the editor's copy stays readable.
     */
    public static String literal(String plain) {
        String inline = plain.replaceAll("([\\\\`*_\\[\\]<>&])", "\\\\$1");
        return inline.replaceAll("(?m)^(\\s*)([#>+-])", "$1\\\\$2").replaceAll("(?m)^(\\s*\\d+)([.)])", "$1\\\\$2");
    }

    /** The plain text {@link #literal} was made from: its escaping backslashes taken off. */
    public static String unliteral(String literal) {
        return literal.replaceAll("\\\\([\\\\`*_\\[\\]<>&#+\\-.)])", "$1");
    }

    public static String toSafeHtml(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST);
    }

    /** Markdown with what the safelist would refuse taken out, and whether anything was. */
    public record Cleaned(String markdown, boolean changed) {
    }

    private static final java.util.regex.Pattern DANGEROUS = java.util.regex.Pattern.compile(
            "<(script|style|iframe|object|embed|form)\\b[\\s\\S]*?(</\\1\\s*>|\\z)"
                    + "|<(iframe|embed|object|link|meta|base)\\b[^>]*>"
                    + "|\\son[a-z]+\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"
                    + "|(?i:javascript|vbscript|data):",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    // a link's destination may hold balanced parentheses ("javascript:alert(1)"), or be written in angle brackets
    private static final java.util.regex.Pattern SCRIPT_LINK = java.util.regex.Pattern.compile(
            "\\[([^\\]]*)\\]\\(\\s*<?\\s*(?i:javascript|vbscript|data):(?:[^()\\n]|\\([^()\\n]*\\))*\\)");
    private static final java.util.regex.Pattern ANY_TAG = java.util.regex.Pattern.compile("</?[a-zA-Z][^>]*>");

    /**
     * Takes out scripts, frames, styles, event handlers and script URLs, so the editor's text survives with a notice
     * instead of being refused; if other unsafe HTML remains, all raw HTML tags go (Markdown formatting stays).
     */
    public static Cleaned stripUnsafe(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new Cleaned(markdown == null ? "" : markdown, false);
        }
        String cleaned = DANGEROUS.matcher(SCRIPT_LINK.matcher(markdown).replaceAll("$1")).replaceAll("");
        if (!Jsoup.isValid(RENDERER.render(PARSER.parse(cleaned)), SAFELIST)) {
            cleaned = ANY_TAG.matcher(cleaned).replaceAll("");
        }
        return new Cleaned(cleaned, !cleaned.equals(markdown));
    }

    /** The trimmed Markdown, or an {@link InvalidInputException} if it is too long or carries unsafe HTML. */
    public static @Nullable String validate(String field, @Nullable String markdown, int maxLength) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        String text = markdown.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, PlainText.label(field) + " is too long: " + text.length()
                    + " characters, at most " + maxLength, "form.text.tooLong", PlainText.label(field), text.length(), maxLength);
        }
        if (text.indexOf('\u0000') >= 0) {
            // the one character PostgreSQL cannot store in text: refused here with a message, not by the database
            throw new InvalidInputException(field, PlainText.label(field) + " contains a NUL character", "form.text.nul",
                    PlainText.label(field));
        }
        String rendered = RENDERER.render(PARSER.parse(text));
        if (!Jsoup.isValid(rendered, SAFELIST)) {
            throw new InvalidInputException(field, PlainText.label(field)
                    + " contains HTML that is not allowed (scripts, frames, styles or event handlers); write Markdown",
                    "form.text.unsafeHtml", PlainText.label(field));
        }
        return text;
    }
}
