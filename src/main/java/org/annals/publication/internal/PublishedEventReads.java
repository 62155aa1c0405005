package org.annals.publication.internal;

import org.annals.event.EventId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventRelation;
import org.annals.event.Permalinks;
import org.annals.publication.SearchHighlight;
import org.annals.shared.PostgresText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads of the readers' copy for pages, lists, exports and sitemaps: one event, a page of events, keys, counts and
 * streams, all over {@code published_event} only. Search covers headline, summary, quotes and actor names.
 */
@Component
public class PublishedEventReads {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final javax.sql.DataSource dataSource;
    private final PublishedFilters filters;
    private final PassThroughFill fill;
    private final ReaderVersions versions;
    /**
     * Pages of the API's events list (and so its searches) by reader version and request, up to 32 MB: readers
     * arriving from one article ask for the same first pages and searches, and at 1,000,000 events a search for a
     * common word reads thousands of rows for its first twenty.
     */
    private final BoundedCache<List<Map.Entry<EventKey, byte[]>>> pages = BoundedCache.ofBytes(32 << 20,
            rows -> rows.stream().mapToInt(row -> row.getValue().length + 64).sum());

    PublishedEventReads(JdbcClient jdbc, ObjectMapper json, javax.sql.DataSource dataSource, PublishedFilters filters,
            PassThroughFill fill, ReaderVersions versions) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
        this.filters = filters;
        this.fill = fill;
        this.versions = versions;
    }

    public record Retraction(String note, Instant at) {
    }

    public boolean exists(long eventId) {
        return jdbc.sql("select count(*) from published_event where event_id = :id").param("id", eventId)
                .query(Integer.class).single() > 0;
    }

    /** A published or retracted event by its slug; the retraction, if any, comes with it. */
    public Optional<Map.Entry<EventDetails, Optional<Retraction>>> findBySlug(long timelineId, String slug) {
        return jdbc.sql("""
                        select p.document::text as document, p.retracted, p.correction_note,
                          (select max(c.made_at) from correction c where c.event_id = p.event_id and c.kind = 'RETRACTION') as retracted_at
                        from published_event p where p.timeline_id = :timelineId and p.slug = :slug""")
                .param("timelineId", timelineId).param("slug", slug)
                .query((rs, n) -> Map.entry(json.readValue(rs.getString("document"), EventDetails.class),
                        rs.getBoolean("retracted") ? Optional.of(new Retraction(rs.getString("correction_note"),
                                rs.getTimestamp("retracted_at").toInstant())) : Optional.<Retraction>empty()))
                .optional();
    }

    /** Where a merged duplicate's permalink leads now, if the survivor is published. */
    public Optional<String> redirectOf(long timelineId, String slug) {
        return jdbc.sql("""
                select p.slug from permalink_redirect r join published_event p on p.event_id = r.event_id
                where r.timeline_id = :t and r.old_slug = :s and not p.retracted""")
                .param("t", timelineId).param("s", slug).query(String.class).optional();
    }

    /** Relations of a published event to other published events, as readers see them. */
    public List<EventRelation> relations(long eventId) {
        return jdbc.sql("""
                select r.kind, r.from_event_id = :id as outgoing, p.event_id, p.slug,
                       p.document -> 'content' ->> 'headline' as headline
                from published_relation r
                join published_event p on p.event_id = case when r.from_event_id = :id then r.to_event_id else r.from_event_id end
                where (r.from_event_id = :id or r.to_event_id = :id) and not p.retracted
                order by p.start_nominal, p.event_id""")
                .param("id", eventId)
                .query((rs, n) -> new EventRelation(0, org.annals.event.RelationKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("outgoing"), EventId.of(rs.getLong("event_id")), rs.getString("slug"), rs.getString("headline")))
                .list();
    }

    /** The published documents of these events, in the order of the ids. */
    public List<EventDetails> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventDetails> byId = new HashMap<>();
        jdbc.sql("select event_id, document::text as document from published_event where event_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> byId.put(rs.getLong("event_id"), json.readValue(rs.getString("document"), EventDetails.class)))
                .list();
        return ids.stream().map(byId::get).toList();
    }

    /**
     * A page of the matching published events in chronological order, with the key of each, in one statement (a
     * search's page costs one trip to PostgreSQL).
     */
    public List<Map.Entry<EventKey, EventDetails>> page(long timelineId, EventFilter filter, @Nullable EventKey after, int limit) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        String sql = "select p.event_id, p.start_nominal, p.start_latest, p.document::text as document"
                + " from published_event p where " + where.sql();
        Map<String, Object> params = new HashMap<>(where.params());
        return jdbc.sql(sql + PublishedFilters.after(after, params) + " order by " + PublishedFilters.ORDER + " limit :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> Map.entry(new EventKey(rs.getObject("start_nominal", LocalDate.class),
                        rs.getObject("start_latest", LocalDate.class), rs.getLong("event_id")),
                        json.readValue(rs.getString("document"), EventDetails.class)))
                .list();
    }

    /**
     * A page of the events list as the API sends it: each row's stored JSON with its permalink, in the reader's
     * language, and its key; empty when a row's stored item is not written yet (the caller builds that page the slower
     * way, and the rows are filled in the background).
     */
    public Optional<List<Map.Entry<EventKey, byte[]>>> pageJson(long timelineId, EventFilter filter, @Nullable EventKey after,
            int limit, java.util.Locale locale, String permalinkPrefix) {
        List<Object> key = java.util.Arrays.asList(timelineId, versions.version(timelineId), filter, after, limit, locale,
                permalinkPrefix);
        // a page meeting rows not filled yet is not kept: it is built the slower way until the fill has written them
        List<Map.Entry<EventKey, byte[]>> known = pages.get(key, () -> readPageJson(timelineId, filter, after, limit, locale,
                permalinkPrefix), rows -> rows.stream().noneMatch(r -> r.getValue().length == 0));
        if (known.stream().anyMatch(r -> r.getValue().length == 0)) {
            fill.inBackground();
            return Optional.empty();
        }
        return Optional.of(known);
    }

    private List<Map.Entry<EventKey, byte[]>> readPageJson(long timelineId, EventFilter filter, @Nullable EventKey after,
            int limit, java.util.Locale locale, String permalinkPrefix) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        String column = ListItems.column(locale);
        Map<String, Object> params = new HashMap<>(where.params());
        return jdbc.sql("select p.event_id, p.start_nominal, p.start_latest, "
                        + ListItems.ITEM_SQL.formatted(column) + " as item from published_event p where " + where.sql()
                        + PublishedFilters.after(after, params) + " order by " + PublishedFilters.ORDER + " limit :limit")
                .params(params).param("limit", limit).param("permalinkPrefix", permalinkPrefix)
                .query((rs, n) -> Map.entry(new EventKey(rs.getObject("start_nominal", LocalDate.class),
                        rs.getObject("start_latest", LocalDate.class), rs.getLong("event_id")), nullToEmpty(rs.getBytes("item"))))
                .list();
    }

    private static byte[] nullToEmpty(byte @Nullable [] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }

    /**
     * Keys of the matching events in chronological order; with {@code asOf}, of the events as they were published at
     * that moment (see {@link PublishedRevisions#asOf}): their text then, filtered by what they said then.
     */
    public List<EventKey> keys(long timelineId, EventFilter filter, @Nullable Instant asOf, @Nullable EventKey after, int limit) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        String sql = "select p.event_id, p.start_nominal, p.start_latest from " + PublishedRevisions.source(asOf)
                + " where " + where.sql();
        Map<String, Object> params = new HashMap<>(where.params());
        if (asOf != null) {
            params.put("asOf", Timestamp.from(asOf));
        }
        return jdbc.sql(sql + PublishedFilters.after(after, params) + " order by " + PublishedFilters.ORDER + " limit :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> new EventKey(rs.getObject("start_nominal", LocalDate.class),
                        rs.getObject("start_latest", LocalDate.class), rs.getLong("event_id")))
                .list();
    }

    public int count(long timelineId, EventFilter filter) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        return jdbc.sql("select count(*) from published_event p where " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** First and last day any matching event may cover, or empty when none matches. */
    public Optional<LocalDate[]> extent(long timelineId, EventFilter filter) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        return jdbc.sql("select min(p.start_earliest) as first, max(upper(p.span)) as last from published_event p where " + where.sql())
                .params(where.params())
                .query((rs, n) -> rs.getObject("first") == null ? null
                        : new LocalDate[] {rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)})
                .optional();
    }

    /** Streams every published event matching the filter, in chronological order, without holding them in memory. */
    public void forEach(long timelineId, EventFilter filter, java.util.function.Consumer<EventDetails> consumer) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(500);
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(template).query(
                "select p.document::text as document from published_event p where " + where.sql()
                        + " order by " + PublishedFilters.ORDER,
                where.params(), (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        consumer.accept(json.readValue(rs.getString("document"), EventDetails.class)));
    }

    /**
     * Permalinks of the timeline's published (not retracted) events in chronological order, {@code limit} from
     * {@code offset}, streamed from a database cursor so a sitemap of any size costs constant memory.
     */
    public void forEachPermalink(long timelineId, int offset, int limit,
            java.util.function.Consumer<org.annals.publication.PublishedPermalink> consumer) {
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        template.query("""
                        select slug, published_at from published_event where timeline_id = ? and not retracted
                        order by start_earliest, start_latest, event_id offset ? limit ?""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(new org.annals.publication.PublishedPermalink(
                        rs.getString("slug"), rs.getTimestamp("published_at").toInstant())),
                timelineId, offset, limit);
    }

    /** How many matching published events have no coordinates (a GeoJSON export leaves them out and says so). */
    public int countWithoutCoordinates(long timelineId, EventFilter filter) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        return jdbc.sql("select count(*) from published_event p where " + where.sql()
                        + " and jsonb_typeof(p.document -> 'content' -> 'place' -> 'point') is distinct from 'object'")
                .params(where.params()).query(Integer.class).single();
    }

    /**
     * The most tags and the most distinct cited sources any event the filter selects has: how many columns of each a
     * sheet with one column per tag and per source (TimeMap's) needs.
     */
    public int[] mostTagsAndSources(long timelineId, EventFilter filter) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        return jdbc.sql("select coalesce(max(jsonb_array_length(coalesce(p.document -> 'content' -> 'tags', '[]'))), 0),"
                        + " coalesce(max((select count(distinct c -> 'source' ->> 'url') from jsonb_array_elements("
                        + "coalesce(p.document -> 'citations', '[]')) c)), 0) from published_event p where " + where.sql())
                .params(where.params()).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    /**
     * How many of the events the filter selects start in a window wider than {@code days} days, months aside: what a
     * data set coding time to the day, the week or the month cannot say.
     */
    public int countStartWiderThan(long timelineId, EventFilter filter, int days) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        return jdbc.sql("select count(*) from published_event p where " + where.sql()
                        + " and p.start_latest - p.start_earliest > " + days
                        + " and p.document -> 'content' -> 'start' ->> 'precision' <> 'MONTH'")
                .params(where.params()).query(Integer.class).single();
    }

    /**
     * The matches of a search in these events, marked by PostgreSQL with the same English stemming the search used,
     * so "attacks" marks "attack". The excerpt comes from summary, quotes and actor names, and only when it matches.
     */
    public Map<Long, SearchHighlight> highlights(long timelineId, List<Long> ids, String text) {
        String words = PostgresText.prefixQuery(text);
        if (ids.isEmpty() || words.isEmpty()) {
            return Map.of();
        }
        String marks = "StartSel=" + SearchHighlight.START + ", StopSel=" + SearchHighlight.END;
        Map<Long, SearchHighlight> result = new HashMap<>();
        jdbc.sql("""
                        select p.event_id,
                          ts_headline('english', p.document -> 'content' ->> 'headline', q, :all) as headline,
                          ts_headline('english', concat_ws(' … ', p.document -> 'content' ->> 'summary',
                              (select string_agg(c ->> 'quote', ' … ') from jsonb_array_elements(p.document -> 'citations') c),
                              (select string_agg(a ->> 'name', ', ') from jsonb_array_elements(p.document -> 'actors') a)),
                            q, :fragments) as excerpt
                        from published_event p, to_tsquery('english', :words) q
                        where p.timeline_id = :t and p.event_id in (:ids) and not p.retracted""")
                .param("words", words).param("ids", ids).param("t", timelineId)
                .param("all", marks + ", HighlightAll=true")
                .param("fragments", marks + ", MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=\" … \"")
                .query((rs, n) -> {
                    String excerpt = rs.getString("excerpt");
                    return result.put(rs.getLong("event_id"), new SearchHighlight(rs.getString("headline"),
                            excerpt != null && excerpt.indexOf(SearchHighlight.START) >= 0 ? excerpt : null));
                })
                .list();
        return result;
    }

    /**
     * Whether a published event of a public timeline cites this URL: what readers may open an archived copy of (a
     * page cited only in drafts stays the editors'). Reads the published documents' citations through their index.
     */
    public boolean citedPublicly(String url) {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from published_event p join timeline t on t.id = p.timeline_id"
                        + " where t.visibility = 'PUBLIC' and not p.retracted and p.document -> 'citations'"
                        + " @> jsonb_build_array(jsonb_build_object('source', jsonb_build_object('url', :url::text))))")
                .param("url", url).query(Boolean.class).single());
    }
}
