package org.annals.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.DispatcherType;
import org.annals.security.internal.ErrorPageContentType;
import org.annals.security.internal.LoginGuard;
import org.annals.security.internal.LoginThrottle;
import org.annals.security.internal.SecurityHeaders;
import org.annals.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Four doors: the actuator (health for load balancers, metrics for administrators), embeds, and the public read API with the sitemap (both stateless, anonymous GETs, no session so a news
 * site's traffic costs no memory), and the Vaadin application (views declare @AnonymousAllowed or @RolesAllowed;
 * services check again).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The embeddable timeline: stateless like the API (an embed on a busy news site must cost no session), and the only
     * path other sites may frame; the page sets its own Content-Security-Policy with {@code frame-ancestors *}.
     */
    @Bean
    @Order(0)
    SecurityFilterChain embeds(HttpSecurity http) throws Exception {
        return http.securityMatcher("/embed", "/embed/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.disable()).cacheControl(c -> c.disable()))
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * Actuator: health (liveness, readiness) answers anyone, with the status only, for load balancers and orchestrators;
     * every other endpoint (Prometheus metrics) needs an administrator's account over HTTP Basic, as scrapers sign in.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .build();
    }

    /**
     * The import API: an administrator's API token in {@code Authorization: Bearer …} and nothing else (no session, no
     * cookie, so no cross-site request can use a signed-in browser). No token or an unknown one: 401 saying how to
     * send one; a token whose account is no longer an administrator: 403.
     */
    @Bean
    @Order(0)
    SecurityFilterChain importApi(HttpSecurity http, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.springframework.security.core.context.SecurityContextHolderStrategy security) throws Exception {
        return http.securityMatcher("/api/v1/timelines/*/imports", "/api/v1/timelines/*/imports/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN_NAME))
                .addFilterBefore(new org.annals.security.internal.BearerTokens(jdbc, security),
                        org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> problem(response, 401,
                        "Unauthorized", "Send an administrator's API token (made at /admin/tokens) as Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, failure) -> problem(response, 403, "Forbidden",
                                "This token's account is not an administrator")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .csrf(c -> c.disable())
                .build();
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"annals\"");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/sitemap.xml",
                        "/sitemaps/**", "/robots.txt", "/previews/**", "/archive/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // published data may be cached by browsers and CDNs; the API sets its own Cache-Control and ETag
                .headers(h -> h.cacheControl(c -> c.disable()))
                .csrf(c -> c.disable())
                .build();
    }

    /** Before every other filter, for every request (Spring Security's own header writer covers only its chains). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @org.springframework.beans.factory.annotation.Value("${annals.hsts-max-age:0}") long hstsMaxAge,
            @org.springframework.beans.factory.annotation.Value("${vaadin.productionMode:false}") boolean production) {
        FilterRegistrationBean<SecurityHeaders> registration =
                new FilterRegistrationBean<>(new SecurityHeaders(hstsMaxAge, !production));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** On the error dispatch only: the error page answers in the type the client asked for (see the class). */
    @Bean
    FilterRegistrationBean<ErrorPageContentType> errorPageContentType() {
        FilterRegistrationBean<ErrorPageContentType> registration =
                new FilterRegistrationBean<>(new ErrorPageContentType());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinApplication(HttpSecurity http, LoginThrottle throttle,
            org.annals.shared.PublicBaseUrl publicBase) throws Exception {
        // error pages must render for readers too, or an error turns into a redirect to the sign-in page
        http.authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll());
        // sign-ins from other sites are refused and attempts are throttled before any password is checked
        http.addFilterBefore(new LoginGuard(throttle, publicBase), UsernamePasswordAuthenticationFilter.class);
        // a sign-in that interrupted nobody's way to a page lands on the person's desk, not the public home page
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .defaultSuccessUrl("/" + org.annals.security.ui.SignedInLanding.PATH)).build();
    }
}
