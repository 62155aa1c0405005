package org.annals.reader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.annals.event.EventType;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.NotFoundException;
import org.annals.shared.ScriptJson;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * The embeddable timeline at {@code /embed/{slug}}: a small HTML page whose script reads the public API, so a news
 * site's readers cost no HTTP or UI session (the security chain for {@code /embed/**} is stateless and allows
 * framing). The URL takes the timeline page's parameters (from, to, type, actor, q, tag, confidence, disagree, area, fatalities),
 * {@code asOf} to
 * pin the published state of a moment, and {@code lang} (en, uk; else the browser's language).
 */
@Controller
class EmbedController {

    static final List<String> FILTERS = List.of("from", "to", "type", "actor", "q", "tag", "confidence", "disagree", "area",
            "fatalities");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");
    /** Frames from any site, scripts and styles from here only. */
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

    private final PublishedEventQuery published;
    private final ObjectMapper json;
    private final String page = resource("embed/embed.html");
    private final String script = resource("embed/annals-embed.js");
    private final String style = resource("embed/annals-embed.css");

    EmbedController(PublishedEventQuery published, ObjectMapper json) {
        this.published = published;
        this.json = json;
    }

    @GetMapping(path = "/embed/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> embed(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
            HttpServletRequest request) {
        ReaderTexts texts = new ReaderTexts(lang == null || lang.isBlank() ? request.getLocale() : Locale.forLanguageTag(lang.strip()));
        TimelineSummary timeline;
        try {
            if (!SLUG.matcher(slug).matches()) {
                throw new NotFoundException("No public timeline '" + slug + "'");
            }
            timeline = published.timeline(slug);
        } catch (NotFoundException e) {
            return notFound(texts);
        }
        String base = request.getContextPath();
        String timelineUrl = timelineUrl(base, slug, request);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("slug", slug);
        config.put("lang", texts.locale().getLanguage());
        config.put("base", base);
        config.put("texts", Map.of("loading", texts.get("embed.loading"), "none", texts.get("embed.none"),
                "error", texts.get("embed.error"), "asOf", texts.get("embed.asOf")));
        Map<String, String> types = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            types.put(type.name(), texts.get("type." + type.name()));
        }
        config.put("types", types);
        String html = page.replace("{{lang}}", texts.locale().getLanguage())
                .replace("{{base}}", HtmlUtils.htmlEscape(base))
                .replace("{{title}}", HtmlUtils.htmlEscape(timeline.title()))
                .replace("{{timelineUrl}}", HtmlUtils.htmlEscape(timelineUrl))
                .replace("{{loading}}", HtmlUtils.htmlEscape(texts.get("embed.loading")))
                .replace("{{listLabel}}", HtmlUtils.htmlEscape(texts.get("embed.listLabel")))
                .replace("{{more}}", HtmlUtils.htmlEscape(texts.get("embed.more")))
                .replace("{{fullTimeline}}", HtmlUtils.htmlEscape(texts.get("embed.fullTimeline")))
                .replace("{{plainList}}", plainList(slug, request, texts))
                .replace("{{config}}", ScriptJson.escape(json.writeValueAsString(config)));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header("Content-Security-Policy", POLICY).body(html);
    }

    /**
     * For a reader without JavaScript: the embed's first events as plain links, in the first HTML (the script's list
     * replaces nothing of it: a noscript block is not shown when scripts run). Not for a pinned moment ({@code asOf}),
     * which only the API can reproduce, nor for a link whose filters are bad: then the link to the timeline alone.
     */
    private String plainList(String slug, HttpServletRequest request, ReaderTexts texts) {
        if (request.getParameter("asOf") != null) {
            return "";
        }
        org.annals.event.EventFilter filter;
        try {
            filter = org.annals.publication.EventFilterParams.fromLink(name -> values(request, name));
        } catch (org.annals.shared.InvalidInputException e) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ol class=\"annals-plain-list\">");
        for (var event : published.page(slug, filter, null, 50).events()) {
            html.append("<li><span class=\"annals-date\">").append(HtmlUtils.htmlEscape(event.dateLabel(texts.locale()), "UTF-8"))
                    .append("</span> <a target=\"_blank\" rel=\"noopener\" href=\"")
                    .append(HtmlUtils.htmlEscape(request.getContextPath() + event.permalinkPath(), "UTF-8")).append("\">")
                    .append(HtmlUtils.htmlEscape(event.content().headline(), "UTF-8")).append("</a></li>");
        }
        return html.append("</ol>").toString();
    }

    private static @Nullable List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : List.of(values);
    }

    /** The full timeline at the same view: the same filters, without the pinning (the timeline page shows today). */
    private static String timelineUrl(String base, String slug, HttpServletRequest request) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(base + "/timelines/" + slug);
        for (String name : FILTERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                url.queryParam(name, (Object[]) values);
            }
        }
        // built as given, then encoded: a brace in a search word is a character, not a URI template variable
        return url.build().encode().toUriString();
    }

    @GetMapping(path = "/embed/annals-embed.js", produces = "text/javascript")
    ResponseEntity<String> script() {
        return asset(script, "text/javascript");
    }

    @GetMapping(path = "/embed/annals-embed.css", produces = "text/css")
    ResponseEntity<String> style() {
        return asset(style, "text/css");
    }

    /** Anything else under /embed/ is answered here, so it never reaches Vaadin (which would open a session). */
    @GetMapping(path = {"/embed", "/embed/**"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unknown(HttpServletRequest request) {
        return notFound(new ReaderTexts(request.getLocale()));
    }

    private ResponseEntity<String> notFound(ReaderTexts texts) {
        String html = "<!DOCTYPE html><html lang=\"" + texts.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>Annals</title></head><body><p id=\"status\">" + HtmlUtils.htmlEscape(texts.get("embed.notFound"))
                + "</p></body></html>";
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", POLICY).body(html);
    }

    private static ResponseEntity<String> asset(String body, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(body);
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
