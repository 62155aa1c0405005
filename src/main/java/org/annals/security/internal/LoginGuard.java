package org.annals.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.annals.shared.PublicBaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST: a sign-in sent from another site is refused (login CSRF: a page
 * elsewhere cannot sign a visitor's browser into an account of its choosing), and attempts beyond the
 * {@link LoginThrottle}'s allowance go back to the sign-in page with the wait, before any password is checked.
 */
public class LoginGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

    private final LoginThrottle throttle;
    private final PublicBaseUrl publicBase;

    public LoginGuard(LoginThrottle throttle, PublicBaseUrl publicBase) {
        this.throttle = throttle;
        this.publicBase = publicBase;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameSite(request)) {
            log.info("Refused a sign-in sent from {}", request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in on this site's own sign-in page");
            return;
        }
        String username = String.valueOf(request.getParameter("username"));
        Optional<Duration> wait = throttle.attempt(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Browsers name the page that sent a form (Origin, else Referer); a form from a host other than the one the request
     * went to or the public address (a proxy may not pass the original Host on) is refused. A request naming neither
     * (an old client, a script) is let through: login CSRF needs a browser, and browsers send Origin.
     */
    private boolean sameSite(HttpServletRequest request) {
        String from = request.getHeader("Origin");
        if (from == null || from.isBlank() || "null".equals(from)) {
            from = request.getHeader("Referer");
        }
        if (from == null || from.isBlank()) {
            // "Origin: null" (a sandboxed frame, a file) without a Referer is no page of ours
            return !"null".equals(request.getHeader("Origin"));
        }
        try {
            String host = URI.create(from.strip()).getHost();
            return host != null && (host.equalsIgnoreCase(request.getServerName())
                    || host.equalsIgnoreCase(URI.create(publicBase.get()).getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
