package org.annals.source.internal.capture;

import java.net.URI;
import java.util.Locale;
import org.annals.source.LinkHealth.State;
import org.jspecify.annotations.Nullable;

/**
 * What a link check's answer means for a reader. Gone: 404 or 410, a site no longer in DNS, or a page sent for good to
 * its site's home page (how many sites bury a deleted article). Moved: sent for good (301, 308) to another address
 * that answers. A temporary redirect, or one that only adds https, "www." or a final slash, is the same page. Any
 * other answer (403, 429, 5xx, a time-out) may pass, so it is "unreachable", never "gone".
 */
public record LinkVerdict(State state, @Nullable Integer httpStatus, String detail, @Nullable String movedTo) {

    static LinkVerdict of(PageFetcher.Checked checked) {
        int status = checked.status();
        if (status == 404 || status == 410) {
            return new LinkVerdict(State.GONE, status, "HTTP " + status, null);
        }
        if (status < 200 || status >= 300) {
            return new LinkVerdict(State.UNREACHABLE, status, "HTTP " + status, null);
        }
        boolean permanent = checked.redirects().stream().anyMatch(s -> s == 301 || s == 308);
        if (permanent && !samePage(checked.requested(), checked.finalUri())) {
            if (isHome(checked.finalUri()) && !isHome(checked.requested())) {
                return new LinkVerdict(State.GONE, status, "sent to the site's home page", null);
            }
            return new LinkVerdict(State.MOVED, status, "moved for good (HTTP " + firstPermanent(checked) + ")",
                    checked.finalUri().toString());
        }
        return new LinkVerdict(State.OK, status, "HTTP " + status, null);
    }

    static LinkVerdict of(PageFetcher.Refused refused) {
        return refused.noSuchHost() ? new LinkVerdict(State.GONE, null, refused.getMessage(), null)
                : new LinkVerdict(State.UNREACHABLE, null, refused.getMessage(), null);
    }

    private static int firstPermanent(PageFetcher.Checked checked) {
        return checked.redirects().stream().filter(s -> s == 301 || s == 308).findFirst().orElse(301);
    }

    /** The same page whatever the scheme, a "www." or a final slash. */
    static boolean samePage(URI a, URI b) {
        return key(a).equals(key(b));
    }

    private static String key(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return host + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static boolean isHome(URI uri) {
        String path = uri.getRawPath();
        return (path == null || path.isEmpty() || path.equals("/")) && uri.getRawQuery() == null;
    }
}
