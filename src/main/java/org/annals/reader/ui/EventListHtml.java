package org.annals.reader.ui;

import java.util.Locale;
import java.util.function.Function;
import org.annals.event.EventDetails;
import org.annals.event.PlacePrecision;
import org.annals.publication.SearchHighlight;
import org.jspecify.annotations.Nullable;

/**
 * The readers' chronological list as HTML text: one property of one element on the server instead of a component
 * tree per event, so a reader's UI session stays small (a few hundred bytes per event shown, not kilobytes). Every
 * piece of text is escaped; the only markup is this class's own.
 */
final class EventListHtml {

    private EventListHtml() {
    }

    static String item(EventDetails event, @Nullable SearchHighlight marks, String timelineSlug, Locale locale,
            Function<String, String> text) {
        StringBuilder html = new StringBuilder(400);
        html.append("<li data-event=\"").append(escape(event.slug())).append("\"><span class=\"annals-date\">")
                .append(escape(event.dateLabel(locale))).append("</span><div><a href=\"timelines/")
                .append(escape(timelineSlug)).append("/events/").append(escape(event.slug())).append("\">");
        if (marks != null && marks.headlineMatches()) {
            marked(html, marks.headline());
        } else {
            html.append(escape(event.content().headline()));
        }
        html.append("</a></div><div>");
        event.content().types().stream().sorted().forEach(t ->
                html.append("<span class=\"annals-type\">").append(escape(text.apply("type." + t.name()))).append("</span>"));
        if (event.content().place().name() != null) {
            html.append("<span>").append(escape(event.content().place().name()));
            if (event.content().place().precision() == PlacePrecision.NONE) {
                html.append(" (").append(escape(text.apply("event.noCoordinates"))).append(')');
            }
            html.append("</span>");
        }
        if (event.sourcesDisagree()) {
            html.append("<span> · ").append(escape(text.apply("event.disagree").toLowerCase(locale))).append("</span>");
        }
        html.append("</div>");
        if (marks != null && marks.excerpt() != null) {
            html.append("<p class=\"annals-excerpt\">");
            marked(html, marks.excerpt());
            html.append("</p>");
        }
        return html.append("</li>").toString();
    }

    /** Text with the search's match marks turned into {@code <mark>} elements, everything else escaped. */
    private static void marked(StringBuilder html, String marked) {
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == SearchHighlight.START) {
                html.append("<mark>");
            } else if (c == SearchHighlight.END) {
                html.append("</mark>");
            } else {
                escape(html, c);
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> escape(out, (char) c));
        return out.toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
