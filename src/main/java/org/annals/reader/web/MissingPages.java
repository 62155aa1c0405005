package org.annals.reader.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.publication.EventMovedException;
import org.annals.publication.EventRetractedException;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.NotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a page that does not exist with a real 404 and a page that helps, before the request reaches Vaadin (whose
 * first HTML is the same 200 for every address, the route being resolved later in the browser) or the sign-in (which
 * would ask a reader to sign in to see nothing): an unknown address, a timeline that is not public, an event that was
 * never published on it. A moved or retracted event is not missing: its own page says what happened to it.
 */
final class MissingPages extends OncePerRequestFilter {

    private static final Pattern PUBLIC = Pattern.compile("/timelines/([^/]+)(?:/(corrections)|/events/([^/]+))?/?");
    // served by Spring or Vaadin themselves, never a page of the application's routes
    private static final Set<String> NOT_PAGES = Set.of("VAADIN", "frontend", "api", "embed", "sitemaps", "actuator",
            "error", "icons", "images", "themes", "previews", "archive", "HEARTBEAT", "connect", "offline", "sw-runtime-resources-precache.js");

    private final PublishedEventQuery published;
    private final PageRoutes routes;

    MissingPages(PublishedEventQuery published, PageRoutes routes) {
        this.published = published;
        this.routes = routes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String first = path.length() <= 1 ? "" : path.substring(1).split("/", 2)[0];
        String accept = request.getHeader("Accept");
        // the query string is not parsed here: a malformed one is refused (with its problem details) where it is read
        String query = request.getQueryString();
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || NOT_PAGES.contains(first)
                || path.substring(path.lastIndexOf('/') + 1).contains(".")
                || accept == null || !accept.contains("text/html")
                || query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // decoded, as people read it (it is escaped where the page shows it)
        String path = org.springframework.web.util.UriUtils.decode(
                request.getRequestURI().substring(request.getContextPath().length()), java.nio.charset.StandardCharsets.UTF_8);
        ReaderTexts texts = new ReaderTexts(language(request));
        Matcher reader = PUBLIC.matcher(path);
        String missing;
        try {
            missing = reader.matches() ? missingOnTimeline(reader, texts, request) : !routes.exists(path) ? texts.get("notFound.page") : null;
        } catch (RuntimeException e) {
            // the database did not answer, say: the page itself says what is wrong (see shell's outage page)
            missing = null;
        }
        if (missing == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        String home = request.getContextPath() + "/";
        String lang = texts.locale().getLanguage();
        String html = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(texts.get("notFound.title"))
                + " · Annals</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/styles.css\"></head>"
                + "<body><main class=\"annals-page annals-missing\"><p><a href=\"" + home + "\">Annals</a></p><h1>"
                + escape(texts.get("notFound.title")) + "</h1><p id=\"missing\">" + escape(missing)
                + "</p>" + (reader.matches() && reader.group(3) != null && isPublic(reader.group(1))
                ? "<p><a id=\"missing-timeline\" href=\"" + request.getContextPath() + "/timelines/"
                + escape(reader.group(1)) + "\">" + escape(texts.get("notFound.searchTimeline")) + "</a></p>"
                : "")
                + "<p><a id=\"missing-home\" href=\"" + home + "\">" + escape(texts.get("notFound.home"))
                + "</a></p></main></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** What is missing on a public timeline's address, or null when it is there (or moved, or retracted). */
    private String missingOnTimeline(Matcher reader, ReaderTexts texts, HttpServletRequest request) {
        String timeline = reader.group(1);
        if (!isPublic(timeline)) {
            return texts.get("notFound.timeline", timeline);
        }
        if (reader.group(3) == null) {
            return null;
        }
        try {
            RequestedEvent.of(request::getAttribute, request::setAttribute, published, timeline, reader.group(3));
            return null;
        } catch (EventMovedException | EventRetractedException e) {
            return null;
        } catch (NotFoundException e) {
            return texts.get("notFound.event", reader.group(3));
        }
    }

    private boolean isPublic(String timeline) {
        try {
            published.timeline(timeline);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }


    /** Only what HTML needs escaped: the page is UTF-8, so “quotes” and Cyrillic stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=([A-Za-z-]{2,12})(?:&|$)");

    /** A link's ?lang=, else the browser's language: English or Ukrainian. */
    private static Locale language(HttpServletRequest request) {
        Matcher lang = LANG.matcher(request.getQueryString() == null ? "" : request.getQueryString());
        return lang.find() ? Locale.forLanguageTag(lang.group(1)) : request.getLocale();
    }
}
