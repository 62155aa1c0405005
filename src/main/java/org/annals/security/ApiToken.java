package org.annals.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of an administrator's API tokens as listed: never the token itself, which is shown once when it is made. */
public record ApiToken(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
