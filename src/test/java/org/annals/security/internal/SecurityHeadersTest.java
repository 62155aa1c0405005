package org.annals.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Strict-Transport-Security goes out only where it is configured (behind TLS), with the configured age. */
class SecurityHeadersTest {

    private static MockHttpServletResponse answer(long hstsMaxAge) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders(hstsMaxAge, false).doFilter(new MockHttpServletRequest("GET", "/"), response,
                new MockFilterChain());
        return response;
    }

    @Test
    void hsts_is_sent_only_when_configured() throws Exception {
        assertThat(answer(0).getHeader("Strict-Transport-Security")).isNull();
        assertThat(answer(31_536_000).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(answer(31_536_000).getHeader("Content-Security-Policy")).startsWith("script-src 'self'; ");
    }

    @Test
    void in_vaadin_development_mode_page_navigations_take_their_policy_from_the_page_itself() throws Exception {
        MockHttpServletRequest navigation = new MockHttpServletRequest("GET", "/timelines/x");
        navigation.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse development = new MockHttpServletResponse();
        new SecurityHeaders(0, true).doFilter(navigation, development, new MockFilterChain());
        assertThat(development.getHeader("Content-Security-Policy")).isNull();
        MockHttpServletResponse production = new MockHttpServletResponse();
        new SecurityHeaders(0, false).doFilter(navigation, production, new MockFilterChain());
        assertThat(production.getHeader("Content-Security-Policy")).startsWith("script-src 'self'; ");
    }
}
