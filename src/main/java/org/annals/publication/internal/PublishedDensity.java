package org.annals.publication.internal;

import java.time.LocalDate;
import java.util.List;
import org.annals.event.EventFilter;
import org.annals.publication.DensityBucket;
import org.annals.publication.DensityCount;
import org.annals.publication.FacetCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts of published events per day, week, month or year, and the facets (actors, tags) readers filter by. */
@Component
public class PublishedDensity {

    private final JdbcClient jdbc;
    private final ReaderVersions versions;
    private final PublishedFilters filters;
    /** Density answers by timeline, reader version, filter and bucket. */
    private final BoundedCache<List<DensityCount>> densityCache = new BoundedCache<>(500);
    private final BoundedCache<List<FacetCount>> facetCache = new BoundedCache<>(100);
    private static final int MAX_FACETS = 500;

    PublishedDensity(JdbcClient jdbc, ReaderVersions versions, PublishedFilters filters) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.filters = filters;
    }

    /**
     * Counts per bucket, by each event's earliest possible day (an event of "June 2023" counts in June's first week),
     * computed in SQL so a window of 200,000 events costs one grouped scan, not a transfer.
     */
    public List<DensityCount> density(long timelineId, EventFilter filter, DensityBucket bucket) {
        String key = timelineId + "|" + versions.version(timelineId) + "|" + bucket + "|" + filter;
        return densityCache.get(key, () -> countDensity(timelineId, filter, bucket));
    }

    private List<DensityCount> countDensity(long timelineId, EventFilter filter, DensityBucket bucket) {
        PublishedFilters.Where where = filters.where(timelineId, filter);
        String unit = bucket.name().toLowerCase(java.util.Locale.ROOT);
        if (filter.onlyWindow()) {
            // every event that begins inside the window overlaps it: those come from the day counts PostgreSQL keeps
            // (V0022); only the few that began before it and reach into it are read one by one
            String days = (filter.from() == null ? "" : " and d.day >= " + PublishedFilters.dateLiteral(filter.from()))
                    + (filter.to() == null ? "" : " and d.day <= " + PublishedFilters.dateLiteral(filter.to()));
            String leadIn = filter.from() == null ? ""
                    : " union all select date_trunc('" + unit + "', p.start_earliest)::date, 1 from published_event p where "
                            + where.sql() + " and p.start_earliest < " + PublishedFilters.dateLiteral(filter.from());
            return jdbc.sql("select bucket, sum(n)::int as n from (select date_trunc('" + unit + "', d.day)::date as bucket,"
                            + " d.events as n from published_day_count d where d.timeline_id = :timelineId" + days + leadIn
                            + ") counted group by bucket having sum(n) > 0 order by bucket")
                    .params(where.params())
                    .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"))).list();
        }
        return jdbc.sql("select date_trunc('" + unit + "', p.start_earliest)::date as bucket, count(*) as n"
                        + " from published_event p where " + where.sql() + " group by 1 order by 1")
                .params(where.params())
                .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"))).list();
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
        String key = timelineId + "|" + versions.version(timelineId) + "|" + name;
        return facetCache.get(key, () -> jdbc.sql("select v, count(*) as n from (select " + valueExpression
                        + " as v from published_event p where p.timeline_id = :t and not p.retracted) values"
                        + " group by v order by n desc, v limit " + MAX_FACETS)
                .param("t", timelineId)
                .query((rs, n) -> new FacetCount(rs.getString("v"), rs.getInt("n"))).list());
    }
}
