package org.annals.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries, whichever part of the app writes it (Spring Security covers only the requests it
 * secures; Vaadin answers its start page and the sign-in page itself): browsers must not guess content types, other
 * sites learn only our origin from a link, no page but the embed may be framed elsewhere, scripts come only from
 * Annals ({@link ContentSecurityPolicy}), and behind TLS browsers may be told to keep to HTTPS. Pages (not the bundle,
 * the API, the embed, the sitemaps or the actuator, which set their own caching) are not stored: each carries the
 * person's session and its security key. Set before the rest of the chain runs, so a part that knows better still can.
 */
public class SecurityHeaders extends OncePerRequestFilter {

    private final long hstsMaxAge;

    /**
     * {@code hstsMaxAge}: seconds browsers keep to HTTPS for this host, 0 for no Strict-Transport-Security header
     * (set it only where the site is served over TLS: a browser that saw it reaches the site by HTTPS only).
     */
    public SecurityHeaders(long hstsMaxAge) {
        this.hstsMaxAge = hstsMaxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        boolean embed = path.equals("/embed") || path.startsWith("/embed/");
        if (!embed) {
            response.setHeader("X-Frame-Options", "DENY");
            // Vaadin's start pages replace it with one naming their nonce (PageNonce)
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.other());
        }
        if (hstsMaxAge > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
        }
        if (!embed && !ownCaching(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Paths whose answers say themselves how long they may be kept. */
    private static boolean ownCaching(String path) {
        return path.startsWith("/VAADIN/") || path.startsWith("/api/") || path.startsWith("/sitemap")
                || path.equals("/robots.txt") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui") || path.startsWith("/images/") || path.startsWith("/icons/")
                || path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".png") || path.endsWith(".svg")
                || path.endsWith(".ico") || path.endsWith(".webmanifest") || path.endsWith(".woff2");
    }
}
