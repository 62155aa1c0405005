package org.annals.reader.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.PublicBaseUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Revalidations of published data answered 304 before the security chain and Spring MVC run. A news site's readers
 * poll the same views every minute; each such request needs only the timeline's fingerprint (kept in memory) to know
 * that the reader's copy is current, yet going through Spring Security's filters, the handler mapping and the
 * controller's parameter parsing cost most of its time (decision 0038). Only the answers whose tag {@link ApiETags}
 * computes are matched, with the very same tag, so a 304 here is exactly the one the controller would give; anything
 * else (no or another tag, {@code *}, an unknown or private timeline, an encoded slug) goes on through the chain.
 */
final class ConditionalGets extends OncePerRequestFilter {

    /** The reader API's answers tagged by {@link ApiETags}: events, window, density, one event, its revisions. */
    private static final Pattern TAGGED = Pattern.compile(
            "/api/v1/timelines/([a-z0-9-]+)/(?:events|window|density|events/[a-z0-9-]+(?:/revisions(?:/[0-9]+)?)?)");
    /** What one of {@link ApiETags}' tags looks like: a header with none cannot match, and costs no lookup. */
    private static final Pattern A_TAG = Pattern.compile("\"[0-9a-f]{32}\"");

    private final PublishedEventQuery published;
    private final PublicBaseUrl publicBase;

    ConditionalGets(PublishedEventQuery published, PublicBaseUrl publicBase) {
        this.published = published;
        this.publicBase = publicBase;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                || request.getHeader("If-None-Match") == null || !request.getRequestURI().startsWith("/api/v1/timelines/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String etag = currentTag(request);
        if (etag != null && matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", ApiETags.CACHE_CONTROL);
            // what the controllers' @CrossOrigin answers: a 304 carries the headers its 200 would (RFC 9110 15.4.5)
            response.addHeader("Vary", "Origin");
            response.addHeader("Vary", "Access-Control-Request-Method");
            response.addHeader("Vary", "Access-Control-Request-Headers");
            if (request.getHeader("Origin") != null) {
                response.setHeader("Access-Control-Allow-Origin", "*");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private @Nullable String currentTag(HttpServletRequest request) {
        Matcher path = TAGGED.matcher(request.getRequestURI());
        if (!path.matches() || !A_TAG.matcher(request.getHeader("If-None-Match")).find()) {
            return null;
        }
        try {
            return ApiETags.etag(published.fingerprint(path.group(1)), publicBase.get(), request);
        } catch (RuntimeException unknownOrPrivate) {
            return null; // the controller answers it (404 for a timeline readers cannot see)
        }
    }

    /** If-None-Match lists tags, compared weakly (RFC 9110 13.1.2); {@code *} is left to Spring. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque(candidate.strip()).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
