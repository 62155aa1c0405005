package org.annals.publication.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.event.ActorLink;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventRelation;
import org.annals.event.Permalinks;
import org.annals.publication.DensityBucket;
import org.annals.publication.DensityCount;
import org.annals.publication.EventItem;
import org.annals.publication.EventWindow;
import org.annals.publication.FacetCount;
import org.annals.publication.SearchHighlight;
import org.annals.publication.WireWindow;
import org.annals.shared.PostgresText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;

/**
 * The readers' copy of each published event (table {@code published_event}): written when a reviewer approves,
 * read by every public surface. Each row holds the event as published (a JSON document) plus the columns that
 * filters, order and search need; search covers headline, summary, quotes and actor names.
 */
@Component
public class PublishedEvents {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    /** Density answers by timeline, reader version, filter and bucket. */
    private final BoundedCache<List<DensityCount>> densityCache = new BoundedCache<>(500);
    private final BoundedCache<List<FacetCount>> facetCache = new BoundedCache<>(100);
    private final BoundedCache<Long> longestSpans = new BoundedCache<>(100);
    /**
     * How long a reader version read from the database is trusted. Every public request needs it (ETags, cache keys);
     * at a thousand requests a second re-reading it each time was the largest cost of a 304. A second of lag is what
     * another instance may show after a publication (this instance forgets it at once, see {@link #changed}).
     */
    static final java.time.Duration VERSION_TTL = java.time.Duration.ofSeconds(1);
    private final com.github.benmanes.caffeine.cache.Cache<Long, Long> versions = Caffeine.newBuilder().maximumSize(1000)
            .expireAfterWrite(VERSION_TTL).build();
    private final javax.sql.DataSource dataSource;

    private final PublishedRevisions revisions;
    private final PassThroughFill fill;

    PublishedEvents(JdbcClient jdbc, ObjectMapper json, javax.sql.DataSource dataSource, PublishedRevisions revisions,
            PassThroughFill fill) {
        this.fill = fill;
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
        this.revisions = revisions;
    }

    public record Retraction(String note, Instant at) {
    }

    /** Writes the readers' copy and keeps it as the event's next published revision; returns that revision's number. */
    public int publish(long timelineId, EventDetails event, String by, Instant at) {
        var content = event.content();
        LocalDate spanEnd = content.end() == null ? content.start().latest()
                : (content.end().latest().isAfter(content.start().latest()) ? content.end().latest() : content.start().latest());
        String quotes = event.citations().stream().map(CitationView::quote).filter(q -> q != null)
                .collect(Collectors.joining(" "));
        String actors = event.actors().stream().map(ActorLink::name).collect(Collectors.joining(" "));
        Map<String, Object> p = new HashMap<>();
        p.put("eventId", event.id());
        p.put("timelineId", timelineId);
        p.put("slug", event.slug());
        p.put("earliest", content.start().earliest());
        p.put("latest", content.start().latest());
        p.put("spanEnd", spanEnd);
        p.put("types", "{" + content.types().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}");
        p.put("actorNames", PostgresText.textArray(event.actors().stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        p.put("document", json.writeValueAsString(event));
        p.put("item", json.writeValueAsString(EventItem.Stored.of(event)));
        PassThroughTexts texts = PassThroughTexts.of(event, json);
        p.put("windowItem", texts.windowItem());
        p.put("labelEn", texts.labelEn());
        p.put("labelUk", texts.labelUk());
        p.put("listEn", texts.listEn());
        p.put("listUk", texts.listUk());
        p.put("headline", content.headline());
        p.put("summary", content.summary() == null ? "" : content.summary());
        p.put("quotes", quotes);
        p.put("actors", actors);
        p.put("at", Timestamp.from(at));
        p.put("by", by);
        jdbc.sql("""
                insert into published_event (event_id, timeline_id, slug, start_earliest, start_latest, span, types,
                    actor_names, document, item, window_item, label_en, label_uk, list_item_en, list_item_uk, search,
                    retracted, correction_note,
                    published_at, published_by)
                values (:eventId, :timelineId, :slug, :earliest, :latest, daterange(:earliest, :spanEnd, '[]'),
                    cast(:types as text[]), cast(:actorNames as text[]), cast(:document as jsonb), cast(:item as jsonb),
                    :windowItem, :labelEn, :labelUk, :listEn, :listUk,
                    setweight(to_tsvector('english', :headline), 'A') || setweight(to_tsvector('simple', :actors), 'B')
                      || setweight(to_tsvector('english', :summary), 'B') || setweight(to_tsvector('english', :quotes), 'C'),
                    false, null, :at, :by)
                on conflict (event_id) do update set slug = excluded.slug, start_earliest = excluded.start_earliest,
                    start_latest = excluded.start_latest, span = excluded.span, types = excluded.types,
                    actor_names = excluded.actor_names, document = excluded.document, item = excluded.item,
                    window_item = excluded.window_item, label_en = excluded.label_en, label_uk = excluded.label_uk,
                    list_item_en = excluded.list_item_en, list_item_uk = excluded.list_item_uk,
                    search = excluded.search,
                    retracted = false, correction_note = null, published_at = excluded.published_at,
                    published_by = excluded.published_by""").params(p).update();
        changed(timelineId);
        return revisions.keep(event.id(), at);
    }

    /** Readers' relations of an event are the ones it had when approved. */
    public void publishRelations(long eventId, List<EventRelation> outgoing) {
        jdbc.sql("select timeline_id from published_event where event_id = :id").param("id", eventId).query(Long.class)
                .optional().ifPresent(this::changed);
        jdbc.sql("delete from published_relation where from_event_id = :id").param("id", eventId).update();
        for (EventRelation relation : outgoing) {
            if (relation.kind() != org.annals.event.RelationKind.DUPLICATE_OF) {
                jdbc.sql("insert into published_relation (from_event_id, to_event_id, kind) values (:f, :t, :k)")
                        .param("f", eventId).param("t", relation.otherId()).param("k", relation.kind().name()).update();
            }
        }
    }

    public void retract(long eventId, String note) {
        jdbc.sql("update published_event set retracted = true, correction_note = :note where event_id = :id")
                .param("note", note).param("id", eventId).update();
        jdbc.sql("select timeline_id from published_event where event_id = :id").param("id", eventId).query(Long.class)
                .optional().ifPresent(this::changed);
    }

    /** Takes a merged duplicate off every public surface and sends its permalink to the survivor. */
    public void redirect(long timelineId, String oldSlug, long duplicateId, long survivorId) {
        jdbc.sql("delete from published_relation where from_event_id = :d or to_event_id = :d").param("d", duplicateId).update();
        jdbc.sql("delete from published_event where event_id = :d").param("d", duplicateId).update();
        // permalinks that led to the duplicate lead on to the survivor
        jdbc.sql("update permalink_redirect set event_id = :s where event_id = :d").param("s", survivorId)
                .param("d", duplicateId).update();
        changed(timelineId);
        jdbc.sql("""
                insert into permalink_redirect (timeline_id, old_slug, event_id) values (:t, :s, :e)
                on conflict (timeline_id, old_slug) do update set event_id = excluded.event_id""")
                .param("t", timelineId).param("s", oldSlug).param("e", survivorId).update();
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
                order by p.start_earliest, p.event_id""")
                .param("id", eventId)
                .query((rs, n) -> new EventRelation(0, org.annals.event.RelationKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("outgoing"), rs.getLong("event_id"), rs.getString("slug"), rs.getString("headline")))
                .list();
    }

    public boolean exists(long eventId) {
        return jdbc.sql("select count(*) from published_event where event_id = :id").param("id", eventId)
                .query(Integer.class).single() > 0;
    }

    /**
     * A page of the matching published events in chronological order, with the key of each, in one statement (a
     * search's page costs one trip to PostgreSQL).
     */
    public List<Map.Entry<EventKey, EventDetails>> page(long timelineId, EventFilter filter, @Nullable EventKey after, int limit) {
        Where where = where(timelineId, filter);
        String sql = "select p.event_id, p.start_earliest, p.start_latest, p.document::text as document"
                + " from published_event p where " + where.sql;
        Map<String, Object> params = new HashMap<>(where.params);
        return jdbc.sql(sql + after(after, params) + " order by p.start_earliest, p.start_latest, p.event_id limit :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> Map.entry(new EventKey(rs.getObject("start_earliest", LocalDate.class),
                        rs.getObject("start_latest", LocalDate.class), rs.getLong("event_id")),
                        json.readValue(rs.getString("document"), EventDetails.class)))
                .list();
    }

    /** The keyset condition that continues after a cursor's event (its parameters go into {@code params}). */
    private static String after(@Nullable EventKey after, Map<String, Object> params) {
        if (after == null) {
            return "";
        }
        params.put("afterEarliest", after.earliest());
        params.put("afterLatest", after.latest());
        params.put("afterId", after.id());
        return " and (p.start_earliest, p.start_latest, p.event_id) > (:afterEarliest, :afterLatest, :afterId)";
    }

    /**
     * Keys of the matching events in chronological order; with {@code asOf}, of the events as they were published at
     * that moment (see {@link PublishedRevisions#asOf}): their text then, filtered by what they said then.
     */
    public List<EventKey> keys(long timelineId, EventFilter filter, @Nullable Instant asOf, @Nullable EventKey after, int limit) {
        Where where = where(timelineId, filter);
        String sql = "select p.event_id, p.start_earliest, p.start_latest from " + PublishedRevisions.source(asOf)
                + " where " + where.sql;
        Map<String, Object> params = new HashMap<>(where.params);
        if (asOf != null) {
            params.put("asOf", Timestamp.from(asOf));
        }
        return jdbc.sql(sql + after(after, params) + " order by p.start_earliest, p.start_latest, p.event_id limit :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> new EventKey(rs.getObject("start_earliest", LocalDate.class),
                        rs.getObject("start_latest", LocalDate.class), rs.getLong("event_id")))
                .list();
    }

    public int count(long timelineId, EventFilter filter) {
        Where where = where(timelineId, filter);
        return jdbc.sql("select count(*) from published_event p where " + where.sql).params(where.params)
                .query(Integer.class).single();
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

    /**
     * Counts per bucket, by each event's earliest possible day (an event of "June 2023" counts in June's first week),
     * computed in SQL so a window of 200,000 events costs one grouped scan, not a transfer.
     */
    public List<DensityCount> density(long timelineId, EventFilter filter, DensityBucket bucket) {
        String key = timelineId + "|" + version(timelineId) + "|" + bucket + "|" + filter;
        return densityCache.get(key, () -> countDensity(timelineId, filter, bucket));
    }

    private List<DensityCount> countDensity(long timelineId, EventFilter filter, DensityBucket bucket) {
        Where where = where(timelineId, filter);
        String unit = bucket.name().toLowerCase(java.util.Locale.ROOT);
        if (filter.onlyWindow()) {
            // every event that begins inside the window overlaps it: those come from the day counts PostgreSQL keeps
            // (V0022); only the few that began before it and reach into it are read one by one
            String days = (filter.from() == null ? "" : " and d.day >= " + dateLiteral(filter.from()))
                    + (filter.to() == null ? "" : " and d.day <= " + dateLiteral(filter.to()));
            String leadIn = filter.from() == null ? ""
                    : " union all select date_trunc('" + unit + "', p.start_earliest)::date, 1 from published_event p where "
                            + where.sql + " and p.start_earliest < " + dateLiteral(filter.from());
            return jdbc.sql("select bucket, sum(n)::int as n from (select date_trunc('" + unit + "', d.day)::date as bucket,"
                            + " d.events as n from published_day_count d where d.timeline_id = :timelineId" + days + leadIn
                            + ") counted group by bucket having sum(n) > 0 order by bucket")
                    .params(where.params)
                    .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"))).list();
        }
        return jdbc.sql("select date_trunc('" + unit + "', p.start_earliest)::date as bucket, count(*) as n"
                        + " from published_event p where " + where.sql + " group by 1 order by 1")
                .params(where.params)
                .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"))).list();
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

    /** Actors' names on the timeline's published events, most frequent first (reused until something is published). */
    public List<FacetCount> actors(long timelineId) {
        return facets(timelineId, "actors", "jsonb_array_elements(p.document -> 'actors') ->> 'name'");
    }

    /** Tags on the timeline's published events, most frequent first. */
    public List<FacetCount> tags(long timelineId) {
        return facets(timelineId, "tags", "jsonb_array_elements_text(p.document -> 'content' -> 'tags')");
    }

    private List<FacetCount> facets(long timelineId, String name, String valueExpression) {
        String key = timelineId + "|" + version(timelineId) + "|" + name;
        return facetCache.get(key, () -> jdbc.sql("select v, count(*) as n from (select " + valueExpression
                        + " as v from published_event p where p.timeline_id = :t and not p.retracted) values"
                        + " group by v order by n desc, v limit " + MAX_FACETS)
                .param("t", timelineId)
                .query((rs, n) -> new FacetCount(rs.getString("v"), rs.getInt("n"))).list());
    }

    private static final int MAX_FACETS = 500;


    /**
     * The visible window of a visual timeline: its events as small items when at most {@code limit} match, otherwise
     * counts per bucket. Both read the ordered index by earliest day (see {@link #where}), not the whole timeline.
     */
    public EventWindow window(long timelineId, EventFilter filter, int limit) {
        Where where = where(timelineId, filter);
        List<EventItem> items = jdbc.sql("select p.event_id, p.slug, p.item::text as item from published_event p where "
                        + where.sql + " order by p.start_earliest, p.start_latest, p.event_id limit :limit")
                .params(where.params).param("limit", limit + 1)
                .query((rs, n) -> json.readValue(rs.getString("item"), EventItem.Stored.class)
                        .with(rs.getLong("event_id"), rs.getString("slug")))
                .list();
        DensityBucket bucket = DensityBucket.forWindow(filter.from(), filter.to());
        if (items.size() <= limit) {
            return new EventWindow(items.size(), items, bucket, List.of());
        }
        List<DensityCount> density = density(timelineId, filter, bucket);
        return new EventWindow(total(density), List.of(), bucket, density);
    }

    /**
     * The same window for the public API, as JSON text: PostgreSQL concatenates the stored items (see
     * {@link WindowItems}) with the label in the reader's language and the permalink, so the app passes one string
     * through. Rows whose stored item is not written yet (published before it existed) are built here instead.
     */
    public WireWindow windowJson(long timelineId, EventFilter filter, int limit, java.util.Locale locale, String permalinkPrefix) {
        Where where = where(timelineId, filter);
        String label = WindowItems.labelColumn(locale);
        DensityBucket bucket = DensityBucket.forWindow(filter.from(), filter.to());
        // the items leave PostgreSQL as the UTF-8 bytes of one JSON array and are sent as they are: no decoding,
        // no re-encoding, no copies of a 200 KB string per request
        WireWindow answer = jdbc.sql("select count(*) as n, count(p.window_item) as ready, '[' || coalesce(string_agg("
                        + WindowItems.ITEM_SQL.formatted(label) + ", ',' order by p.start_earliest, p.start_latest, p.event_id), '')"
                        + " || ']' as items from (select p.event_id, p.slug, p.start_earliest, p.start_latest, p.window_item, p." + label
                        + " from published_event p where " + where.sql
                        + " order by p.start_earliest, p.start_latest, p.event_id limit :limit) p")
                .params(where.params).param("limit", limit + 1).param("permalinkPrefix", permalinkPrefix)
                .query((rs, n) -> new WireWindow(rs.getInt("n"), bucket, rs.getInt("ready") < rs.getInt("n") ? null
                        : rs.getBytes("items"), List.of()))
                .single();
        if (answer.items() == null && answer.total() <= limit) {
            fill.inBackground();
            EventWindow window = window(timelineId, filter, limit);
            return window.dense() ? new WireWindow(window.total(), bucket, null, window.density())
                    : new WireWindow(window.total(), bucket, window.items().stream()
                            .map(item -> WindowItems.item(item, label, permalinkPrefix, json))
                            .collect(Collectors.joining(",", "[", "]")).getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of());
        }
        if (answer.total() <= limit) {
            return answer;
        }
        List<DensityCount> density = density(timelineId, filter, bucket);
        return new WireWindow(total(density), bucket, null, density);
    }

    /**
     * A page of the events list as the API sends it: each row's stored JSON with its permalink, in the reader's
     * language, and its key; empty when a row's stored item is not written yet (the caller builds that page the slower
     * way, and the rows are filled in the background).
     */
    public Optional<List<Map.Entry<EventKey, byte[]>>> pageJson(long timelineId, EventFilter filter, @Nullable EventKey after,
            int limit, java.util.Locale locale, String permalinkPrefix) {
        Where where = where(timelineId, filter);
        String column = ListItems.column(locale);
        Map<String, Object> params = new HashMap<>(where.params);
        List<Map.Entry<EventKey, byte[]>> rows = jdbc.sql("select p.event_id, p.start_earliest, p.start_latest, "
                        + ListItems.ITEM_SQL.formatted(column) + " as item from published_event p where " + where.sql
                        + after(after, params) + " order by p.start_earliest, p.start_latest, p.event_id limit :limit")
                .params(params).param("limit", limit).param("permalinkPrefix", permalinkPrefix)
                .query((rs, n) -> Map.entry(new EventKey(rs.getObject("start_earliest", LocalDate.class),
                        rs.getObject("start_latest", LocalDate.class), rs.getLong("event_id")), nullToEmpty(rs.getBytes("item"))))
                .list();
        if (rows.stream().anyMatch(r -> r.getValue().length == 0)) {
            fill.inBackground();
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    private static byte[] nullToEmpty(byte @Nullable [] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }

    /** Density counts every matching event once, so their sum is the count, without counting again. */
    private static int total(List<DensityCount> density) {
        return density.stream().mapToInt(DensityCount::count).sum();
    }

    /**
     * The longest span of any published event of the timeline, in days: a window query may then look only at events
     * that begin at most that long before the window, an ordered index range instead of a scan of every span.
     */
    private long longestSpan(long timelineId) {
        return longestSpans.get(timelineId + "|" + version(timelineId), () -> jdbc.sql(
                        "select coalesce(max(upper(span) - start_earliest), 0) from published_event where timeline_id = :t")
                .param("t", timelineId).query(Long.class).single());
    }


    /** First and last day any matching event may cover, or empty when none matches. */
    public Optional<LocalDate[]> extent(long timelineId, EventFilter filter) {
        Where where = where(timelineId, filter);
        return jdbc.sql("select min(p.start_earliest) as first, max(upper(p.span)) as last from published_event p where " + where.sql)
                .params(where.params)
                .query((rs, n) -> rs.getObject("first") == null ? null
                        : new LocalDate[] {rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)})
                .optional();
    }

    /**
     * A fingerprint of what readers can see on the timeline: a counter every change to the readers' tables moves
     * (see {@link #changed}), so it costs one primary-key read however large the timeline.
     */
    public String fingerprint(long timelineId) {
        return timelineId + ":" + version(timelineId);
    }

    private long version(long timelineId) {
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
    private void changed(long timelineId) {
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


    /** Streams every published event matching the filter, in chronological order, without holding them in memory. */
    public void forEach(long timelineId, EventFilter filter, java.util.function.Consumer<EventDetails> consumer) {
        Where where = where(timelineId, filter);
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(500);
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(template).query(
                "select p.document::text as document from published_event p where " + where.sql
                        + " order by p.start_earliest, p.start_latest, p.event_id",
                where.params, (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        consumer.accept(json.readValue(rs.getString("document"), EventDetails.class)));
    }

    /** How many matching published events have no coordinates (a GeoJSON export leaves them out and says so). */
    public int countWithoutCoordinates(long timelineId, EventFilter filter) {
        Where where = where(timelineId, filter);
        return jdbc.sql("select count(*) from published_event p where " + where.sql
                        + " and jsonb_typeof(p.document -> 'content' -> 'place' -> 'point') is distinct from 'object'")
                .params(where.params).query(Integer.class).single();
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

    private record Where(String sql, Map<String, Object> params) {
    }

    /** A date as an SQL literal; only the digits and hyphens of a four-digit-year ISO date can reach the statement. */
    static String dateLiteral(@Nullable LocalDate date) {
        if (date == null) {
            return "null::date";
        }
        String iso = date.toString();
        if (!iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new org.annals.shared.InvalidInputException("date", "Dates must lie between the years 1 and 9999");
        }
        return "date '" + iso + "'";
    }

    private Where where(long timelineId, EventFilter filter) {
        StringBuilder sql = new StringBuilder("p.timeline_id = :timelineId and not p.retracted");
        Map<String, Object> params = new HashMap<>();
        params.put("timelineId", timelineId);
        // The window's days are written into the statement, not bound: with them PostgreSQL plans for this window (a
        // bitmap of the span index and the ordered index), where a plan for any window scanned every event of the
        // month before it (twice the time, measured at 200,000 events).
        if (filter.from() != null || filter.to() != null) {
            sql.append(" and p.span && daterange(" + dateLiteral(filter.from()) + ", " + dateLiteral(filter.to()) + ", '[]')");
        }
        // the same window as a range of the ordered index: an event overlapping it begins before its end and at most
        // the timeline's longest span before its start
        if (filter.to() != null) {
            sql.append(" and p.start_earliest <= " + dateLiteral(filter.to()));
        }
        if (filter.from() != null) {
            LocalDate lowest = filter.from().minusDays(longestSpan(timelineId));
            sql.append(" and p.start_earliest >= " + dateLiteral(lowest.getYear() < 1 ? LocalDate.of(1, 1, 1) : lowest));
        }
        if (!filter.types().isEmpty()) {
            sql.append(" and p.types && cast(:types as text[])");
            params.put("types", "{" + filter.types().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}");
        }
        if (!filter.tags().isEmpty()) {
            sql.append(" and jsonb_exists_all(p.document -> 'content' -> 'tags', cast(:tags as text[]))");
            params.put("tags", PostgresText.textArray(filter.tags()));
        }
        if (!filter.confidences().isEmpty()) {
            sql.append(" and p.document -> 'content' ->> 'confidence' in (:confidences)");
            params.put("confidences", filter.confidences().stream().map(Enum::name).toList());
        }
        if (filter.area() != null) {
            sql.append(" and jsonb_typeof(p.document -> 'content' -> 'place' -> 'point') = 'object'"
                    + " and (p.document -> 'content' -> 'place' -> 'point' ->> 'latitude')::float8 between :south and :north"
                    + " and (p.document -> 'content' -> 'place' -> 'point' ->> 'longitude')::float8 between :west and :east");
            params.put("south", filter.area().south());
            params.put("north", filter.area().north());
            params.put("west", filter.area().west());
            params.put("east", filter.area().east());
        }
        if (filter.sourcesDisagree()) {
            sql.append(" and (jsonb_array_length(p.document -> 'disagreements') > 0"
                    + " or p.document -> 'citations' @> '[{\"stance\": \"CONTRADICTS\"}]'::jsonb)");
        }
        if (filter.actor() != null) {
            sql.append(" and lower(:actor) = any(p.actor_names)");
            params.put("actor", filter.actor());
        }
        if (filter.text() != null) {
            String words = PostgresText.prefixQuery(filter.text());
            sql.append(words.isEmpty() ? " and false" : " and p.search @@ to_tsquery('english', :words)");
            params.put("words", words);
        }
        return new Where(sql.toString(), params);
    }

}
