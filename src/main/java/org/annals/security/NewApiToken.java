package org.annals.security;

/** A token just made: {@code secret} is shown to its owner this once (only its hash is kept). */
public record NewApiToken(long id, String name, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[id=" + id + ", name=" + name + "]"; // never the secret in a log line
    }
}
