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

    /** All that Annals answers: pages and the API are read with GET, Vaadin and the sign-in form post. */
    private static final java.util.List<String> METHODS = java.util.List.of("GET", "HEAD", "POST", "OPTIONS");

    private final long hstsMaxAge;
    private final boolean vaadinDevelopmentMode;

    /**
     * {@code hstsMaxAge}: seconds browsers keep to HTTPS for this host, 0 for no Strict-Transport-Security header
     * (set it only where the site is served over TLS: a browser that saw it reaches the site by HTTPS only).
     * {@code vaadinDevelopmentMode}: page navigations get their policy from {@link PageNonce} only, since Vaadin's
     * "building the front-end bundle" page, served in development mode instead of the start page, reloads itself with
     * an inline script that no policy of ours can know.
     */
    public SecurityHeaders(long hstsMaxAge, boolean vaadinDevelopmentMode) {
        this.hstsMaxAge = hstsMaxAge;
        this.vaadinDevelopmentMode = vaadinDevelopmentMode;
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
            String accept = request.getHeader("Accept");
            boolean navigation = accept != null && accept.contains("text/html") && !path.startsWith("/api/");
            if (!(vaadinDevelopmentMode && navigation)) {
                response.setHeader("Content-Security-Policy", ContentSecurityPolicy.other());
            }
        }
        if (!METHODS.contains(request.getMethod())) {
            // CONNECT and invented methods would reach the servlet's "501 Not Implemented": they are refused as the
            // client's error they are
            response.setHeader("Allow", String.join(", ", METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
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
        return path.startsWith("/VAADIN/") || path.startsWith("/api/") || path.startsWith("/sitemap") || path.startsWith("/archive/")
                || path.equals("/robots.txt") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui") || path.startsWith("/images/") || path.startsWith("/icons/")
                || path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".png") || path.endsWith(".svg")
                || path.endsWith(".ico") || path.endsWith(".webmanifest") || path.endsWith(".woff2");
    }
}
