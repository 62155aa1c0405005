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
        List<Object> key = List.of(timelineId, versions.version(timelineId), bucket, filter);
        return densityCache.get(key, () -> countDensity(timelineId, filter, bucket));
    }

    private List<DensityCount> countDensity(long timelineId, EventFilter filter, DensityBucket bucket) {
        String unit = bucket.name().toLowerCase(java.util.Locale.ROOT);
        if (filter.onlyWindow()) {
            // the events of a window without other filters are counted from the (first day, last day) pairs PostgreSQL
            // keeps (V0040): an event is in the window when it begins by its end and ends on or after its start, and
            // counts in the bucket of its first day, as below; not one event is read
            String days = (filter.to() == null ? "" : " and s.first_day <= " + PublishedFilters.dateLiteral(filter.to()))
                    + (filter.from() == null ? "" : " and s.last_day >= " + PublishedFilters.dateLiteral(filter.from())
                            + " and s.first_day >= " + PublishedFilters.dateLiteral(filters.lowestFirstDay(timelineId, filter.from())));
            return jdbc.sql("select date_trunc('" + unit + "', s.first_day)::date as bucket, sum(s.events)::int as n"
                            + " from published_span_count s where s.timeline_id = :timelineId" + days
                            + " group by 1 having sum(s.events) > 0 order by 1")
                    .param("timelineId", timelineId)
                    .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"))).list();
        }
        PublishedFilters.Where where = filters.where(timelineId, filter);
        return jdbc.sql("select date_trunc('" + unit + "', p.start_earliest)::date as bucket, count(*) as n"
                        + " from published_event p where " + where.sql() + " group by 1 order by 1")
                .params(where.params())
                .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"))).list();
    }

    /**
     * As {@link #density}, with each bucket's sum of fatalities (best estimates): read from the events themselves, as a
     * filtered density is, since the kept counts hold no figures.
     */
    public List<DensityCount> densityWithFatalities(long timelineId, EventFilter filter, DensityBucket bucket) {
        List<Object> key = List.of(timelineId, versions.version(timelineId), bucket, filter, "fatalities");
        return densityCache.get(key, () -> {
            String unit = bucket.name().toLowerCase(java.util.Locale.ROOT);
            PublishedFilters.Where where = filters.where(timelineId, filter);
            return jdbc.sql("select date_trunc('" + unit + "', p.start_earliest)::date as bucket, count(*) as n, coalesce(sum("
                            + PublishedFilters.FATALITIES + "), 0) as deaths from published_event p where " + where.sql()
                            + " group by 1 order by 1")
                    .params(where.params())
                    .query((rs, n) -> new DensityCount(rs.getObject("bucket", LocalDate.class), rs.getInt("n"),
                            rs.getLong("deaths"))).list();
        });
    }

    /** Actors' names on the timeline's published events, most frequent first (reused until something is published). */
    public List<FacetCount> actors(long timelineId) {
        return facets(timelineId, "actors");
    }

    /** Tags on the timeline's published events, most frequent first. */
    public List<FacetCount> tags(long timelineId) {
        return facets(timelineId, "tags");
    }

    /** From the counts PostgreSQL keeps as events are published (V0041): no document is read. */
    private List<FacetCount> facets(long timelineId, String facet) {
        return facetCache.get(List.of(timelineId, versions.version(timelineId), facet), () -> jdbc.sql("select value, events from published_facet_count"
                        + " where timeline_id = :t and facet = :facet and events > 0 order by events desc, value limit " + MAX_FACETS)
                .param("t", timelineId).param("facet", facet)
                .query((rs, n) -> new FacetCount(rs.getString("value"), rs.getInt("events"))).list());
    }
}
