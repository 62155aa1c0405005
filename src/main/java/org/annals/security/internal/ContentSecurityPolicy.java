package org.annals.security.internal;

/**
 * The Content-Security-Policy of every answer but the embed (which sets a stricter one of its own). What Vaadin needs
 * was measured in Chromium on every screen (ContentSecurityPolicyIT): its start page carries inline scripts, which
 * run by a per-request nonce (no {@code 'unsafe-inline'} for scripts); the Flow client builds functions from the
 * JavaScript the server sends ({@code executeJs}, event data), which needs {@code 'unsafe-eval'} — that code comes
 * from the server's own classes, never from user content; Vaadin's components and theme inject {@code <style>}
 * elements without a nonce, so styles keep {@code 'unsafe-inline'} (a style cannot run script). Nothing is loaded from
 * another origin: the map's outlines and tiles, fonts and scripts are all served by Annals.
 */
public final class ContentSecurityPolicy {

    private static final String COMMON = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }

    /** A Vaadin page: its own inline scripts by nonce, and the Flow client's functions. */
    public static String page(String nonce) {
        return "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; " + COMMON;
    }

    /** Anything else (API, error pages, files): scripts only from Annals, none inline. */
    static String other() {
        return "script-src 'self'; " + COMMON;
    }
}
