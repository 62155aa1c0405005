package org.annals.publication.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reader version of each timeline: a counter every change to the readers' tables moves, so ETags and cached
 * answers change with what readers can see, at the cost of one primary-key read (usually none: it is remembered).
 */
@Component
public class ReaderVersions {

    private final JdbcClient jdbc;
    /**
     * How long a reader version read from the database is trusted. Every public request needs it (ETags, cache keys);
     * at a thousand requests a second re-reading it each time was the largest cost of a 304. A second of lag is what
     * another instance may show after a publication (this instance forgets it at once, see {@link #changed}).
     */
    static final java.time.Duration VERSION_TTL = java.time.Duration.ofSeconds(1);
    private final com.github.benmanes.caffeine.cache.Cache<Long, Long> versions = Caffeine.newBuilder().maximumSize(1000)
            .expireAfterWrite(VERSION_TTL).build();

    ReaderVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A fingerprint of what readers can see on the timeline: a counter every change to the readers' tables moves
     * (see {@link #changed}), so it costs one primary-key read however large the timeline.
     */
    public String fingerprint(long timelineId) {
        return timelineId + ":" + version(timelineId);
    }

    long version(long timelineId) {
        // a transaction that writes may have moved the version without committing: never share what it reads
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writing) {
            return readVersion(timelineId);
        }
        // never waits for another reader's read of it (see BoundedCache: that wait deadlocked the connection pool)
        Long known = versions.getIfPresent(timelineId);
        if (known != null) {
            return known;
        }
        long read = readVersion(timelineId);
        versions.put(timelineId, read);
        return read;
    }

    private long readVersion(long timelineId) {
        return jdbc.sql("select coalesce((select version from reader_version where timeline_id = :t), 0)")
                .param("t", timelineId).query(Long.class).single();
    }

    /**
     * Moves the timeline's reader version: ETags change and cached answers are no longer used. This instance forgets
     * the version it read now and again when the change commits; other instances see it within {@link #VERSION_TTL}.
     */
    void changed(long timelineId) {
        jdbc.sql("""
                insert into reader_version (timeline_id, version) values (:t, 1)
                on conflict (timeline_id) do update set version = reader_version.version + 1""").param("t", timelineId).update();
        versions.invalidate(timelineId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    versions.invalidate(timelineId);
                }
            });
        }
    }
}
