package org.annals.reader.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional GETs for published data: the ETag combines what readers can see on the timeline (its fingerprint) with
 * the exact query and the public address the answer's links start with, so any publication, correction or retraction
 * changes it, and so does configuring another public address. {@link ConditionalGets} answers the same tags before
 * the security chain and Spring MVC run; both compute them here.
 */
final class ApiETags {

    static final String CACHE_CONTROL = "public, max-age=60";

    private ApiETags() {
    }

    /** Sets the ETag and Cache-Control; true when the client's copy is current (the answer is then 304). */
    static boolean notModified(String fingerprint, String base, String fallbackQuery, WebRequest request,
            HttpServletResponse response) {
        String etag = request instanceof ServletWebRequest servlet ? etag(fingerprint, base, servlet.getRequest())
                : tag(fingerprint + "|" + base + "|" + fallbackQuery);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return request.checkNotModified(etag);
    }

    /** The tag of the answer to this request: the fingerprint, the public address, the path and the query as sent. */
    static String etag(String fingerprint, String base, HttpServletRequest request) {
        return tag(fingerprint + "|" + base + "|" + request.getRequestURI() + "?"
                + java.util.Objects.toString(request.getQueryString(), ""));
    }

    private static String tag(String text) {
        return "W/\"" + sha256(text) + "\"";
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
