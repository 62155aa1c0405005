package org.annals.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import org.annals.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three doors: embeds, and the public read API with the sitemap (both stateless, anonymous GETs, no session so a news
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

    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/sitemap.xml",
                        "/sitemaps/**", "/robots.txt")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // published data may be cached by browsers and CDNs; the API sets its own Cache-Control and ETag
                .headers(h -> h.cacheControl(c -> c.disable()))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinApplication(HttpSecurity http) throws Exception {
        // error pages must render for readers too, or an error turns into a redirect to the sign-in page
        http.authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
