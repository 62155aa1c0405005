package org.annals.shared.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Annals keeps its data (prefix {@code annals.db}). With no URL, a PostgreSQL on localhost is used when one
 * answers, else an embedded PostgreSQL 17 whose data lives under the user's home.
 */
@ConfigurationProperties("annals.db")
public record AnnalsDatabaseProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        String name,
        String localHost,
        int localPort,
        boolean embeddedFallback,
        @Nullable Path embeddedDataDir,
        int embeddedPort,
        boolean recreate) {

    public AnnalsDatabaseProperties {
        // environment placeholders such as ${ANNALS_DB_URL:} arrive as "" when unset
        url = blankToNull(url);
        username = blankToNull(username);
        password = blankToNull(password);
        if (embeddedDataDir != null && embeddedDataDir.toString().isBlank()) {
            embeddedDataDir = null;
        }
        if (name == null || !name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("annals.db.name must be a plain lower-case identifier, was " + name);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    Path dataDirectory() {
        return embeddedDataDir != null ? embeddedDataDir
                : Path.of(System.getProperty("user.home"), ".annals", "postgres-17");
    }
}
