package org.annals.publication.internal;

import org.annals.event.EventId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.event.EventDetails;
import org.annals.event.EventRelation;
import org.annals.event.RelationKind;
import org.annals.publication.PinnedEvent;
import org.annals.publication.PinnedRelation;
import org.annals.publication.PinnedRelations;
import org.annals.publication.PublishedRevision;
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

    /**
     * Copies the readers' copy just written as the event's next revision, with the relations readers see it with,
     * ending the previous one; returns its number. {@code historyRevision}: the event's history revision it makes
     * public (0 when unknown).
     */
    int keep(long eventId, Instant at, long historyRevision) {
        jdbc.sql("update published_revision set superseded_at = :at where event_id = :id and superseded_at is null")
                .param("at", Timestamp.from(at)).param("id", eventId).update();
        int revision = jdbc.sql("""
                insert into published_revision (event_id, revision, timeline_id, start_earliest, start_latest, span, types,
                    actor_names, document, search, published_at, published_by, relations_kept, history_revision)
                select event_id, (select coalesce(max(revision), 0) + 1 from published_revision where event_id = :id),
                    timeline_id, start_earliest, start_latest, span, types, actor_names, document, search, published_at,
                    published_by, true, nullif(:historyRevision, 0)
                from published_event where event_id = :id
                returning revision""").param("id", eventId).param("historyRevision", historyRevision)
                .query(Integer.class).single();
        jdbc.sql("""
                insert into published_revision_relation (event_id, revision, to_event_id, kind)
                select from_event_id, :revision, to_event_id, kind from published_relation where from_event_id = :id""")
                .param("id", eventId).param("revision", revision).update();
        return revision;
    }

    /**
     * The relations an event's revision was published with: its own (outgoing) and those the other events' revisions
     * valid at that moment had to it (incoming), each other event as published then and still published now. Empty
     * if the revision predates keeping relations (V0025) or does not exist.
     */
    public Optional<PinnedRelations> relations(long eventId, int revision) {
        // the moment, and whether every revision of the timeline valid then kept its relations (see PinnedRelations)
        record Kept(Timestamp at, boolean complete) {
        }
        Optional<Kept> kept = jdbc.sql("""
                select r.published_at, not exists (
                    select 1 from published_revision v
                    where v.timeline_id = r.timeline_id and not v.relations_kept and v.published_at <= r.published_at
                      and (v.superseded_at is null or v.superseded_at > r.published_at)) as complete
                from published_revision r where r.event_id = :id and r.revision = :revision and r.relations_kept""")
                .param("id", eventId).param("revision", revision)
                .query((rs, n) -> new Kept(rs.getTimestamp("published_at"), rs.getBoolean("complete"))).optional();
        return kept.map(k -> new PinnedRelations(jdbc.sql("""
                with edge as (
                    select r.kind, true as outgoing, r.to_event_id as other_id
                    from published_revision_relation r where r.event_id = :id and r.revision = :revision
                    union
                    select r.kind, false, r.event_id
                    from published_revision_relation r
                    join published_revision v on v.event_id = r.event_id and v.revision = r.revision
                    where r.to_event_id = :id and v.published_at <= :at and (v.superseded_at is null or v.superseded_at > :at))
                select e.kind, e.outgoing, o.event_id, cur.slug, o.revision, o.document -> 'content' ->> 'headline' as headline
                from edge e
                join published_revision o on o.event_id = e.other_id and o.published_at <= :at
                     and (o.superseded_at is null or o.superseded_at > :at)
                join published_event cur on cur.event_id = o.event_id and not cur.retracted
                order by o.start_earliest, o.event_id, e.kind""")
                .param("id", eventId).param("revision", revision).param("at", k.at())
                .query((rs, n) -> {
                    Optional<RelationKind> kind = kind(rs.getString("kind"));
                    return kind.isEmpty() ? null : new PinnedRelation(new EventRelation(0, kind.get(),
                            rs.getBoolean("outgoing"), EventId.of(rs.getLong("event_id")), rs.getString("slug"),
                            rs.getString("headline")), rs.getInt("revision"));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList(), k.complete()));
    }

    /** Kept rows are never rewritten: a kind renamed or retired since is left out rather than failing the page. */
    private static Optional<RelationKind> kind(String name) {
        try {
            return Optional.of(RelationKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
                (select r.event_id, r.timeline_id, r.start_earliest, r.start_nominal, r.start_latest, r.span, r.types, r.actor_names,
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

    /** Which public revision each of the event's history revisions became (history revision → public number). */
    public Map<Long, Integer> byHistoryRevision(long eventId) {
        Map<Long, Integer> numbers = new HashMap<>();
        jdbc.sql("""
                select history_revision, revision from published_revision
                where event_id = :id and history_revision is not null""")
                .param("id", eventId)
                .query((rs, n) -> numbers.put(rs.getLong("history_revision"), rs.getInt("revision"))).list();
        return numbers;
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
