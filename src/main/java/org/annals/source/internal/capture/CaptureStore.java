package org.annals.source.internal.capture;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.annals.source.SourceCapture;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The captures of cited URLs, newest last; a failed attempt is kept beside the successful ones. */
@Component
public class CaptureStore {

    private static final String COLUMNS = "id, url, outcome, final_url, http_status, content_type, payload_sha256,"
            + " payload_bytes, failure, title, publisher, published_on, captured_at";

    private final JdbcClient jdbc;

    CaptureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long captured(String url, PageFetcher.Fetched fetched, PageArchive.Kept kept, Instant at) {
        return jdbc.sql("insert into url_capture (url, final_url, outcome, http_status, content_type, payload_sha256,"
                        + " payload_bytes, title, publisher, published_on, text_content, warc, captured_at)"
                        + " values (:url, :finalUrl, 'CAPTURED', :status, :type, :sha, :bytes, :title, :publisher, :published,"
                        + " :text, :warc, :at) returning id")
                .param("url", url).param("finalUrl", cut(fetched.finalUri().toString(), 2000)).param("status", fetched.status())
                .param("type", cut(kept.contentType(), 200)).param("sha", kept.payloadSha256()).param("bytes", kept.payloadBytes())
                .param("title", kept.metadata().title()).param("publisher", kept.metadata().publisher())
                .param("published", cut(kept.metadata().publishedOn(), 40)).param("text", kept.text())
                .param("warc", kept.warc()).param("at", java.sql.Timestamp.from(at))
                .query(Long.class).single();
    }

    public long failed(String url, String reason, Instant at) {
        return jdbc.sql("insert into url_capture (url, outcome, failure, captured_at) values (:url, 'FAILED', :reason, :at) returning id")
                .param("url", url).param("reason", reason).param("at", java.sql.Timestamp.from(at)).query(Long.class).single();
    }

    /** Whether the URL was captured successfully at or after {@code since}. */
    public boolean capturedSince(String url, Instant since) {
        return jdbc.sql("select exists (select 1 from url_capture where url = :url and outcome = 'CAPTURED' and captured_at >= :since)")
                .param("url", url).param("since", java.sql.Timestamp.from(since)).query(Boolean.class).single();
    }

    /** The newest capture that succeeded, else the newest attempt. */
    public Optional<SourceCapture> latest(String url) {
        return jdbc.sql("select " + COLUMNS + " from url_capture where url = :url"
                        + " order by outcome = 'CAPTURED' desc, captured_at desc, id desc limit 1")
                .param("url", url).query(CaptureStore::capture).optional();
    }

    /** The newest successful capture of each of these URLs that has one, in one query. */
    public java.util.Map<String, SourceCapture> latestCaptured(java.util.Collection<String> urls) {
        java.util.Map<String, SourceCapture> copies = new java.util.HashMap<>();
        if (!urls.isEmpty()) {
            jdbc.sql("select distinct on (url) " + COLUMNS + " from url_capture where url in (:urls) and outcome = 'CAPTURED'"
                            + " order by url, captured_at desc, id desc")
                    .param("urls", java.util.List.copyOf(new java.util.LinkedHashSet<>(urls))).query(CaptureStore::capture)
                    .list().forEach(capture -> copies.put(capture.url(), capture));
        }
        return copies;
    }

    public Optional<SourceCapture> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from url_capture where id = :id").param("id", id).query(CaptureStore::capture).optional();
    }

    public Optional<byte[]> warc(long id) {
        return jdbc.sql("select warc from url_capture where id = :id and warc is not null").param("id", id).query(byte[].class).optional();
    }

    public Optional<String> text(long id) {
        return jdbc.sql("select text_content from url_capture where id = :id and text_content is not null").param("id", id)
                .query(String.class).optional();
    }

    /** The newest attempts, successful or not, newest first. */
    public java.util.List<SourceCapture> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from url_capture order by captured_at desc, id desc limit :limit")
                .param("limit", limit).query(CaptureStore::capture).list();
    }

    /** The capture jobs waiting or running (db-scheduler's rows for the capture task), the soonest due first. */
    public java.util.List<org.annals.source.QueuedCapture> queue(int limit) {
        return jdbc.sql("select task_instance, execution_time, picked, coalesce(consecutive_failures, 0) as failures, last_failure"
                        + " from scheduled_tasks where task_name = :task order by execution_time nulls last limit :limit")
                .param("task", CaptureJobs.TASK).param("limit", limit)
                .query((rs, n) -> new org.annals.source.QueuedCapture(rs.getString("task_instance"),
                        rs.getTimestamp("execution_time") == null ? null : rs.getTimestamp("execution_time").toInstant(),
                        rs.getBoolean("picked"), rs.getInt("failures"),
                        rs.getTimestamp("last_failure") == null ? null : rs.getTimestamp("last_failure").toInstant()))
                .list();
    }

    private static SourceCapture capture(ResultSet rs, int row) throws SQLException {
        return new SourceCapture(rs.getLong("id"), rs.getString("url"), SourceCapture.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("final_url"), (Integer) rs.getObject("http_status"), rs.getString("content_type"),
                rs.getString("payload_sha256"), (Long) rs.getObject("payload_bytes"), rs.getString("failure"),
                rs.getString("title"), rs.getString("publisher"), rs.getString("published_on"),
                rs.getTimestamp("captured_at").toInstant());
    }

    private static @Nullable String cut(@Nullable String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
