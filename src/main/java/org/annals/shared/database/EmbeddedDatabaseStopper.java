package org.annals.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;

/** Stops the embedded PostgreSQL, if one was started, when the application context closes. */
class EmbeddedDatabaseStopper implements DisposableBean {

    private @Nullable EmbeddedPostgres embedded;

    void stopOnShutdown(EmbeddedPostgres postgres) {
        this.embedded = postgres;
    }

    @Override
    public void destroy() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
