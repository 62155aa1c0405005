package org.annals.publication.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.event.EventFilter;
import org.annals.shared.PostgresText;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A reader's filter as the WHERE clause over {@code published_event p}, and the keyset condition after a cursor. */
@Component
class PublishedFilters {

    private final JdbcClient jdbc;
    private final ReaderVersions versions;
    private final SearchAliases aliases;
    private final BoundedCache<Long> longestSpans = new BoundedCache<>(100);

    PublishedFilters(JdbcClient jdbc, ReaderVersions versions, SearchAliases aliases) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.aliases = aliases;
    }

    /** A published event's best estimate of fatalities (null when none is given), as V0060 indexes it. */
    static final String FATALITIES = "((p.document -> 'content' -> 'data' ->> 'fatalitiesBest')::int)";

    record Where(String sql, Map<String, Object> params) {
    }

    Where where(long timelineId, EventFilter filter) {
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
            sql.append(" and p.start_earliest >= " + dateLiteral(lowestFirstDay(timelineId, filter.from())));
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
        if (filter.minFatalities() != null) {
            sql.append(" and " + FATALITIES + " >= :minFatalities");
            params.put("minFatalities", filter.minFatalities());
        }
        if (filter.actor() != null) {
            sql.append(" and lower(:actor) = any(p.actor_names)");
            params.put("actor", filter.actor());
        }
        if (filter.text() != null) {
            String words = PostgresText.prefixQuery(filter.text(), aliases.of(timelineId, filter.text()));
            sql.append(words.isEmpty() ? " and false" : " and p.search @@ to_tsquery('english', :words)");
            params.put("words", words);
        }
        return new Where(sql.toString(), params);
    }

    /**
     * The readers' order: by the day each event's date names (its nominal day: "c. 8 Jun 2023" after "6 Jun 2023"),
     * then by its latest day and id (V0035, decision 0023).
     */
    static final String ORDER = "p.start_nominal, p.start_latest, p.event_id";

    /** The keyset condition that continues after a cursor's event (its parameters go into {@code params}). */
    static String after(@Nullable EventKey after, Map<String, Object> params) {
        if (after == null) {
            return "";
        }
        params.put("afterShown", after.shown());
        params.put("afterLatest", after.latest());
        params.put("afterId", after.id());
        return " and (p.start_nominal, p.start_latest, p.event_id) > (:afterShown, :afterLatest, :afterId)";
    }

    /** A date as an SQL literal; only the digits and hyphens of a four-digit-year ISO date can reach the statement. */
    static String dateLiteral(@Nullable LocalDate date) {
        if (date == null) {
            return "null::date";
        }
        String iso = date.toString();
        if (!date.equals(UncertainDate.withinYears(date))) {
            throw new org.annals.shared.InvalidInputException("date", "Dates must lie between the years 1 and 9999");
        }
        return "date '" + iso + "'";
    }

    /** The earliest first day an event overlapping a window from {@code from} can have: the longest span before it. */
    LocalDate lowestFirstDay(long timelineId, LocalDate from) {
        return UncertainDate.withinYears(from.minusDays(longestSpan(timelineId)));
    }

    /**
     * The longest span of any visible published event of the timeline, in days: a window query may then look only at
     * events that begin at most that long before the window, an ordered index range instead of a scan of every span.
     * Read from the span counts (V0040): a few thousand rows, where the events themselves were a million.
     */
    private long longestSpan(long timelineId) {
        return longestSpans.get(java.util.List.of(timelineId, versions.version(timelineId)), () -> jdbc.sql(
                        "select coalesce(max(last_day - first_day + 1), 0) from published_span_count"
                                + " where timeline_id = :t and events > 0")
                .param("t", timelineId).query(Long.class).single());
    }
}
