package org.annals.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a token is kept: SHA-256 of it, hex. A token is 256 random bits, so a fast hash is enough (no password
 * stretching: nobody guesses it) and a look-up is one indexed equality.
 */
public final class ApiTokenHashes {

    /** Marks the token as Annals' (secret scanners and people tell it from others); not part of its strength. */
    public static final String PREFIX = "annals_";

    private ApiTokenHashes() {
    }

    public static String of(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
