package org.annals.shared;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The address readers reach Annals at ({@code annals.public-base-url}), for every absolute link Annals writes:
 * permalinks, {@code og:url}, canonical links, sitemaps, API links, exports, embed codes. Never the request's
 * {@code Host} or forwarded headers: pages and API answers are cached for everyone, and a link built from what one
 * client sent would be served to all of them (cache poisoning).
 *
 * <p>Read from the environment until the application is ready, so a value may name the port the server was given at
 * start ({@code http://localhost:${local.server.port}} in tests); then checked, so a wrong value stops the start with a
 * message instead of writing broken links, and kept: every public answer asks for it, and resolving it through the
 * environment each time was a tenth of the CPU a conditional GET cost (profiled at 1,000,000 events).
 */
@Component
@PreAuthorize("permitAll()")
@NoTransaction("Reads the configuration")
public class PublicBaseUrl {

    static final String PROPERTY = "annals.public-base-url";

    private final Environment environment;
    private volatile @org.jspecify.annotations.Nullable String checked;

    PublicBaseUrl(Environment environment) {
        this.environment = environment;
    }

    /** The base without a trailing slash, e.g. {@code https://annals.example.org}; paths are appended to it. */
    public String get() {
        String known = checked;
        return known != null ? known : read();
    }

    private String read() {
        String value = environment.getRequiredProperty(PROPERTY).strip();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        String base = read();
        try {
            URI uri = new URI(base);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                    || uri.getUserInfo() != null) {
                throw new IllegalStateException(PROPERTY + " must be an http(s) address without user, query or "
                        + "fragment, such as https://annals.example.org (found \"" + base + "\")");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PROPERTY + " is not an address: \"" + base + "\"", e);
        }
        checked = base;
    }
}
