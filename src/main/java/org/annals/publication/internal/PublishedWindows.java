package org.annals.publication.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.annals.event.EventFilter;
import org.annals.publication.DensityBucket;
import org.annals.publication.DensityCount;
import org.annals.publication.EventItem;
import org.annals.publication.EventWindow;
import org.annals.publication.WireWindow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * What a visual timeline draws for its visible window: the events as small items when at most a limit match,
 * otherwise counts per bucket. A window without other filters is counted first from the span counts (V0040); the
 * items, and filtered windows, read the ordered index by earliest day (see {@link PublishedFilters}).
 */
@Component
public class PublishedWindows {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final PublishedFilters filters;
    private final PublishedDensity density;
    private final PassThroughFill fill;

    PublishedWindows(JdbcClient jdbc, ObjectMapper json, PublishedFilters filters, PublishedDensity density,
            PassThroughFill fill) {
        this.jdbc = jdbc;
        this.json = json;
        this.filters = filters;
        this.density = density;
        this.fill = fill;
    }

    /**
     * The visible window of a visual timeline: its events as small items when at most {@code limit} match, otherwise
     * counts per bucket: counted first when there are no other filters (see {@link #countsWhenDense}), listed from the
     * ordered index by earliest day (see {@link PublishedFilters}), never the whole timeline.
     */
    public EventWindow window(long timelineId, EventFilter filter, int limit) {
        DensityBucket bucket = DensityBucket.forWindow(filter.from(), filter.to());
        List<DensityCount> known = countsWhenDense(timelineId, filter, bucket, limit);
        if (known != null) {
            return new EventWindow(total(known), List.of(), bucket, known);
        }
        PublishedFilters.Where where = filters.where(timelineId, filter);
        List<EventItem> items = jdbc.sql("select p.event_id, p.slug, p.item::text as item from published_event p where "
                        + where.sql() + " order by p.start_earliest, p.start_latest, p.event_id limit :limit")
                .params(where.params()).param("limit", limit + 1)
                .query((rs, n) -> json.readValue(rs.getString("item"), EventItem.Stored.class)
                        .with(rs.getLong("event_id"), rs.getString("slug")))
                .list();
        if (items.size() <= limit) {
            return new EventWindow(items.size(), items, bucket, List.of());
        }
        List<DensityCount> counts = density.density(timelineId, filter, bucket);
        return new EventWindow(total(counts), List.of(), bucket, counts);
    }

    /**
     * The same window for the public API, as JSON text: PostgreSQL concatenates the stored items (see
     * {@link WindowItems}) with the label in the reader's language and the permalink, so the app passes one string
     * through. Rows whose stored item is not written yet (published before it existed) are built here instead.
     */
    public WireWindow windowJson(long timelineId, EventFilter filter, int limit, java.util.Locale locale, String permalinkPrefix) {
        DensityBucket bucket = DensityBucket.forWindow(filter.from(), filter.to());
        List<DensityCount> known = countsWhenDense(timelineId, filter, bucket, limit);
        if (known != null) {
            return new WireWindow(total(known), bucket, null, known);
        }
        PublishedFilters.Where where = filters.where(timelineId, filter);
        String label = WindowItems.labelColumn(locale);
        // the items leave PostgreSQL as the UTF-8 bytes of one JSON array and are sent as they are: no decoding,
        // no re-encoding, no copies of a 200 KB string per request
        WireWindow answer = jdbc.sql("select count(*) as n, count(p.window_item) as ready, '[' || coalesce(string_agg("
                        + WindowItems.ITEM_SQL.formatted(label) + ", ',' order by p.start_earliest, p.start_latest, p.event_id), '')"
                        + " || ']' as items from (select p.event_id, p.slug, p.start_earliest, p.start_latest, p.window_item, p." + label
                        + " from published_event p where " + where.sql()
                        + " order by p.start_earliest, p.start_latest, p.event_id limit :limit) p")
                .params(where.params()).param("limit", limit + 1).param("permalinkPrefix", permalinkPrefix)
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
        List<DensityCount> counts = density.density(timelineId, filter, bucket);
        return new WireWindow(total(counts), bucket, null, counts);
    }

    /**
     * A window without other filters is counted before anything is listed (the span counts answer in well under a
     * millisecond, V0040): the counts when more than {@code limit} events overlap it, null when they are to be listed.
     * A busy week of a million-event timeline no longer lists 1,001 events only to learn they are too many.
     */
    private @Nullable List<DensityCount> countsWhenDense(long timelineId, EventFilter filter, DensityBucket bucket, int limit) {
        if (!filter.onlyWindow()) {
            return null;
        }
        List<DensityCount> counts = density.density(timelineId, filter, bucket);
        return total(counts) > limit ? counts : null;
    }

    /** Density counts every matching event once, so their sum is the count, without counting again. */
    private static int total(List<DensityCount> density) {
        return density.stream().mapToInt(DensityCount::count).sum();
    }
}
