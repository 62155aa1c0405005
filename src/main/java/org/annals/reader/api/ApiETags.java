package org.annals.reader.api;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Conditional GETs for published data: the ETag combines what readers can see on the timeline (its fingerprint) with
 * the exact query and the public address the answer's links start with, so any publication, correction or retraction
 * changes it, and so does configuring another public address.
 */
final class ApiETags {

    private ApiETags() {
    }

    /** Sets the ETag and Cache-Control; true when the client's copy is current (the answer is then 304). */
    static boolean notModified(String fingerprint, String base, String fallbackQuery, WebRequest request,
            HttpServletResponse response) {
        String query = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() + "?"
                + java.util.Objects.toString(servlet.getRequest().getQueryString(), "") : fallbackQuery;
        String etag = "W/\"" + sha256(fingerprint + "|" + base + "|" + query) + "\"";
        response.setHeader("Cache-Control", "public, max-age=60");
        return request.checkNotModified(etag);
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
