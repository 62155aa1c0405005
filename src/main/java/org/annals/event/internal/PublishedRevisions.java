package org.annals.event.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.event.EventDetails;
import org.annals.event.PinnedEvent;
import org.annals.event.PublishedRevision;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Every published revision of every event (table {@code published_revision}, append-only): what readers saw, so a
 * citation can pin the text its author read. Revisions are only ever served for events readers may see today: a
 * retracted or merged event's old revisions stay in the table (history) but no query here returns them.
 */
@Component
public class PublishedRevisions {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PublishedRevisions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Copies the readers' copy just written as the event's next revision, ending the previous one; returns its number. */
    int keep(long eventId, Instant at) {
        jdbc.sql("update published_revision set superseded_at = :at where event_id = :id and superseded_at is null")
                .param("at", Timestamp.from(at)).param("id", eventId).update();
        return jdbc.sql("""
                insert into published_revision (event_id, revision, timeline_id, start_earliest, start_latest, span, types,
                    actor_names, document, search, published_at, published_by)
                select event_id, (select coalesce(max(revision), 0) + 1 from published_revision where event_id = :id),
                    timeline_id, start_earliest, start_latest, span, types, actor_names, document, search, published_at,
                    published_by
                from published_event where event_id = :id
                returning revision""").param("id", eventId).query(Integer.class).single();
    }

    /**
     * The rows readers' queries read, as an SQL {@code from} item named {@code p} with published_event's columns:
     * the current copies, or with {@code asOf} (bound as {@code :asOf}) each event's revision valid at that moment —
     * only for events still published now (a retraction or merge since then hides the old text too).
     */
    static String source(@Nullable Instant asOf) {
        if (asOf == null) {
            return "published_event p";
        }
        return """
                (select r.event_id, r.timeline_id, r.start_earliest, r.start_latest, r.span, r.types, r.actor_names,
                        r.document, r.search, cur.retracted, r.revision
                 from published_revision r join published_event cur on cur.event_id = r.event_id
                 where r.published_at <= :asOf and (r.superseded_at is null or r.superseded_at > :asOf)) p""";
    }

    /** The revisions of these events valid at {@code asOf}, in the order of the ids. */
    public List<PinnedEvent> load(List<Long> ids, Instant asOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PinnedEvent> byId = new HashMap<>();
        jdbc.sql("""
                select r.event_id, r.revision, r.published_at, r.document::text as document,
                       (select max(l.revision) from published_revision l where l.event_id = r.event_id) as latest
                from published_revision r
                where r.event_id in (:ids) and r.published_at <= :asOf and (r.superseded_at is null or r.superseded_at > :asOf)""")
                .param("ids", ids).param("asOf", Timestamp.from(asOf))
                .query((rs, n) -> byId.put(rs.getLong("event_id"), pinned(rs)))
                .list();
        return ids.stream().map(byId::get).toList();
    }

    /** The published revisions of one event, oldest first. */
    public List<PublishedRevision> list(long eventId) {
        return jdbc.sql("select revision, published_at from published_revision where event_id = :id order by revision")
                .param("id", eventId)
                .query((rs, n) -> new PublishedRevision(rs.getInt("revision"), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    /** One revision of an event as it was published, with the number of the event's latest revision. */
    public Optional<PinnedEvent> find(long eventId, int revision) {
        return jdbc.sql("""
                select r.revision, r.published_at, r.document::text as document,
                       (select max(l.revision) from published_revision l where l.event_id = r.event_id) as latest
                from published_revision r where r.event_id = :id and r.revision = :revision""")
                .param("id", eventId).param("revision", revision)
                .query((rs, n) -> pinned(rs))
                .optional();
    }

    private PinnedEvent pinned(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PinnedEvent(json.readValue(rs.getString("document"), EventDetails.class),
                new PublishedRevision(rs.getInt("revision"), rs.getTimestamp("published_at").toInstant()),
                rs.getInt("latest"));
    }
}
