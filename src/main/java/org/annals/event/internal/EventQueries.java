package org.annals.event.internal;

import org.annals.event.EventId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.event.Confidence;
import org.annals.event.EventFilter;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.PlacePrecision;
import org.annals.event.WorkItem;
import org.annals.shared.DatePrecision;
import org.annals.shared.PostgresText;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Filtered, ordered event lists in SQL: windows by daterange overlap (GiST), words by weighted tsvector (GIN) with
 * prefix matching, types by array overlap. Lists read rows straight from SQL, so a page costs one query.
 */
@Component
public class EventQueries {

    private static final String ROW_COLUMNS = """
            e.id, e.slug, e.headline, e.start_earliest, e.start_latest, e.start_precision, e.start_nominal,
            e.end_earliest, e.end_latest, e.end_precision, e.end_nominal, e.place_name, e.place_precision,
            e.types, e.status, e.confidence, e.updated_at""";

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EventRow> rows(long timelineId, EventFilter filter, EventSort sort, int offset, int limit) {
        return rows(timelineId, filter, null, sort, offset, limit);
    }

    /** As {@link #rows(long, EventFilter, EventSort, int, int)}, among {@code onlyIds} when given. */
    public List<EventRow> rows(long timelineId, EventFilter filter, java.util.@Nullable Collection<Long> onlyIds,
            EventSort sort, int offset, int limit) {
        Where where = among(where(timelineId, filter), onlyIds);
        return jdbc.sql("select " + ROW_COLUMNS + " from timeline_event e where " + where.sql + " order by " + order(sort)
                        + " offset :offset limit :limit")
                .params(where.params).param("offset", offset).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    /** One of an editor's work lists, most recently changed first. */
    public List<EventRow> worklist(long timelineId, WorkItem item, String user, int limit) {
        String condition = switch (item) {
            case MY_DRAFTS -> "e.status = 'DRAFT' and e.review_comment is null and e.last_edited_by = :user";
            case RETURNED_TO_ME -> "e.status = 'DRAFT' and e.review_comment is not null"
                    + " and (e.submitted_by = :user or e.last_edited_by = :user)";
            case AWAITING_REVIEW -> "e.status = 'IN_REVIEW' and :user = :user";
        };
        return jdbc.sql("select " + ROW_COLUMNS + " from timeline_event e where e.timeline_id = :timelineId and "
                        + condition + " order by e.updated_at desc, e.id desc limit :limit")
                .param("timelineId", timelineId).param("user", user).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    /**
     * An address as the same page whatever its spelling: no scheme, no "www.", no fragment, no utm_ tracking
     * parameters, no final slash, lower-case host — so two sources differing only so are shown as likely duplicates.
     */
    static final String SAME_ADDRESS = "lower(regexp_replace(regexp_replace(regexp_replace(regexp_replace(s.url,"
            + " '#.*$', ''), '[?&]utm_[^&]*', '', 'g'), '^[a-zA-Z]+://(www\\.)?', ''), '/+$', ''))";

    /** The timeline's sources whose address, publisher or title contains the words, most cited first (at most a limit). */
    public List<org.annals.event.CitedSource> citedSources(long timelineId, String search, int limit) {
        String words = search.strip();
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // duplicates are counted over all the timeline's sources, before the search narrows the list
        return jdbc.sql("select s.*, (select count(distinct c.event_id) from citation c join timeline_event e on e.id = c.event_id"
                        + "  where c.source_id = s.id and e.status <> 'MERGED') as events"
                        + " from (select s.id, s.url, s.publisher, s.title, s.published_on,"
                        + "  count(*) over (partition by " + SAME_ADDRESS + ") as same_address"
                        + "  from source s where s.timeline_id = :timeline) s"
                        + " where :words = '' or s.url ilike :like or s.publisher ilike :like or s.title ilike :like"
                        + " order by events desc, s.url limit :limit")
                .param("timeline", timelineId).param("words", words).param("like", like).param("limit", limit)
                .query(EventQueries::citedSource)
                .list();
    }

    private static org.annals.event.CitedSource citedSource(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new org.annals.event.CitedSource(rs.getLong("id"), rs.getString("url"), rs.getString("publisher"),
                rs.getString("title"), rs.getObject("published_on", java.time.LocalDate.class), rs.getInt("events"),
                rs.getInt("same_address"));
    }

    /** The timeline's other sources whose address is this one's written differently, most cited first. */
    public List<org.annals.event.CitedSource> sameAddressAs(long timelineId, long sourceId) {
        return jdbc.sql("select s.*, (select count(distinct c.event_id) from citation c join timeline_event e on e.id = c.event_id"
                        + "  where c.source_id = s.id and e.status <> 'MERGED') as events"
                        + " from (select s.id, s.url, s.publisher, s.title, s.published_on, " + SAME_ADDRESS + " as address,"
                        + "  count(*) over (partition by " + SAME_ADDRESS + ") as same_address"
                        + "  from source s where s.timeline_id = :timeline) s"
                        + " where s.id <> :source and s.address = (select " + SAME_ADDRESS
                        + "  from source s where s.id = :source and s.timeline_id = :timeline)"
                        + " order by events desc, s.url")
                .param("timeline", timelineId).param("source", sourceId)
                .query(EventQueries::citedSource)
                .list();
    }

    /** The address of one of the timeline's sources. */
    public java.util.Optional<String> sourceUrl(long timelineId, long sourceId) {
        return jdbc.sql("select url from source where id = :source and timeline_id = :timeline")
                .param("source", sourceId).param("timeline", timelineId).query(String.class).optional();
    }

    /** The events that cite the source, newest change first (merged ones aside). */
    public List<org.annals.event.CitingEvent> citingEvents(long timelineId, long sourceId) {
        return jdbc.sql("select distinct e.id, e.headline, e.status, e.updated_at from citation c join timeline_event e on e.id = c.event_id"
                        + " where c.source_id = :source and e.timeline_id = :timeline and e.status <> 'MERGED' order by e.updated_at desc")
                .param("source", sourceId).param("timeline", timelineId)
                .query((rs, n) -> new org.annals.event.CitingEvent(EventId.of(rs.getLong("id")), rs.getString("headline"),
                        EventStatus.valueOf(rs.getString("status"))))
                .list();
    }

    public int count(long timelineId, EventFilter filter) {
        return count(timelineId, filter, null);
    }

    public int count(long timelineId, EventFilter filter, java.util.@Nullable Collection<Long> onlyIds) {
        Where where = among(where(timelineId, filter), onlyIds);
        return jdbc.sql("select count(*) from timeline_event e where " + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    /** The ids of the events the filter lists, in the grid's date order, at most {@code limit}. */
    public List<Long> ids(long timelineId, EventFilter filter, int limit) {
        Where where = where(timelineId, filter);
        return jdbc.sql("select e.id from timeline_event e where " + where.sql + " order by " + order(EventSort.DATE_ASC)
                        + " limit :limit")
                .params(where.params).param("limit", limit).query(Long.class).list();
    }


    private static String order(EventSort sort) {
        return switch (sort) {
            case DATE_ASC -> "e.start_earliest, e.start_latest, e.id";
            case DATE_DESC -> "e.start_earliest desc, e.start_latest desc, e.id desc";
            case UPDATED_DESC -> "e.updated_at desc, e.id desc";
        };
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where among(Where where, java.util.@Nullable Collection<Long> onlyIds) {
        if (onlyIds == null) {
            return where;
        }
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("onlyIds", "{" + onlyIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + "}");
        return new Where(where.sql + " and e.id = any(cast(:onlyIds as bigint[]))", params);
    }

    private static Where where(long timelineId, EventFilter filter) {
        StringBuilder sql = new StringBuilder("e.timeline_id = :timelineId");
        Map<String, Object> params = new HashMap<>();
        params.put("timelineId", timelineId);
        if (!filter.statuses().isEmpty()) {
            sql.append(" and e.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.from() != null || filter.to() != null) {
            sql.append(" and e.span && daterange(cast(:from as date), cast(:to as date), '[]')");
            params.put("from", filter.from() == null ? null : filter.from().toString());
            params.put("to", filter.to() == null ? null : filter.to().toString());
        }
        if (!filter.types().isEmpty()) {
            sql.append(" and e.types && cast(:types as text[])");
            params.put("types", "{" + String.join(",", filter.types().stream().map(Enum::name).sorted().toList()) + "}");
        }
        if (filter.actor() != null) {
            sql.append(" and exists (select 1 from event_actor ea join actor a on a.id = ea.actor_id"
                    + " where ea.event_id = e.id and lower(a.name) = lower(:actor))");
            params.put("actor", filter.actor());
        }
        if (filter.area() != null) {
            sql.append(" and e.place_latitude between :south and :north and e.place_longitude between :west and :east");
            params.put("south", filter.area().south());
            params.put("north", filter.area().north());
            params.put("west", filter.area().west());
            params.put("east", filter.area().east());
        }
        if (filter.minFatalities() != null) {
            sql.append(" and e.fatalities_best >= :minFatalities");
            params.put("minFatalities", filter.minFatalities());
        }
        if (filter.importRevision() != null) {
            sql.append(" and e.import_revision = :importRevision");
            params.put("importRevision", filter.importRevision());
        }
        if (!filter.tags().isEmpty()) {
            sql.append(" and e.tags @> cast(:tags as text[])");
            params.put("tags", PostgresText.textArray(filter.tags()));
        }
        if (!filter.confidences().isEmpty()) {
            sql.append(" and e.confidence in (:confidences)");
            params.put("confidences", filter.confidences().stream().map(Enum::name).toList());
        }
        if (filter.text() != null) {
            String prefixQuery = PostgresText.prefixQuery(filter.text());
            if (prefixQuery.isEmpty()) {
                sql.append(" and false");
            } else {
                sql.append(" and e.search @@ to_tsquery('english', :words)");
                params.put("words", prefixQuery);
            }
        }
        return new Where(sql.toString(), params);
    }

    private static EventRow row(ResultSet rs) throws SQLException {
        UncertainDate start = date(rs, "start_");
        UncertainDate end = rs.getObject("end_earliest") == null ? null : date(rs, "end_");
        return new EventRow(EventId.of(rs.getLong("id")), rs.getString("slug"), rs.getString("headline"), start, end,
                rs.getString("place_name"), PlacePrecision.valueOf(rs.getString("place_precision")),
                types(rs.getArray("types")), EventStatus.valueOf(rs.getString("status")),
                Confidence.valueOf(rs.getString("confidence")),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static UncertainDate date(ResultSet rs, String prefix) throws SQLException {
        return new UncertainDate(rs.getObject(prefix + "earliest", java.time.LocalDate.class),
                rs.getObject(prefix + "latest", java.time.LocalDate.class),
                DatePrecision.valueOf(rs.getString(prefix + "precision")),
                rs.getObject(prefix + "nominal", java.time.LocalDate.class));
    }

    private static Set<EventType> types(Array array) throws SQLException {
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        for (Object value : (Object[]) array.getArray()) {
            types.add(EventType.valueOf((String) value));
        }
        return types;
    }
}
