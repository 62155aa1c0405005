package org.annals.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the error page choose its own content type. Vaadin answers a framework request it cannot place (an unknown or
 * expired session, e.g. {@code /?v-r=oldbrowser}) with 403 after setting {@code Content-Type: text/plain}; Spring's
 * error page then could not write its JSON in that type and answered 500 instead. On the error dispatch the preset
 * type is cleared, so the client gets the 4xx it was meant to get, as JSON or HTML as it asked.
 */
public class ErrorPageContentType extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted()) {
            response.setContentType(null);
        }
        chain.doFilter(request, response);
    }
}
