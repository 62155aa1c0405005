package org.annals.event;

import java.util.List;
import java.util.Set;
import org.annals.event.internal.EventKey;
import org.annals.event.internal.EventQueries;
import org.annals.event.internal.EventStore;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers may see: published events of public timelines, nothing else. Every public page and the API read
 * through here, so a draft or a private timeline cannot leak by another path.
 */
@Service
@PreAuthorize("permitAll()")
public class PublishedEventQuery {

    public static final int MAX_PAGE = 500;
    private static final Set<EventStatus> PUBLIC_STATUSES = Set.of(EventStatus.PUBLISHED);

    private final TimelineService timelines;
    private final EventQueries queries;
    private final EventStore store;

    PublishedEventQuery(TimelineService timelines, EventQueries queries, EventStore store) {
        this.timelines = timelines;
        this.queries = queries;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public PublishedEventPage page(String timelineSlug, EventFilter filter, @Nullable String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        TimelineSummary timeline = publicTimeline(timelineSlug);
        EventKey after = cursor == null || cursor.isBlank() ? null : EventKey.decode(cursor);
        List<EventKey> keys = queries.keys(timeline.id(), filter.withStatuses(PUBLIC_STATUSES), after, limit + 1);
        boolean more = keys.size() > limit;
        List<EventKey> page = more ? keys.subList(0, limit) : keys;
        List<EventDetails> events = store.load(page.stream().map(EventKey::id).toList(), timeline.slug());
        return new PublishedEventPage(events, more ? page.getLast().encode() : null);
    }

    @Transactional(readOnly = true)
    public int count(String timelineSlug, EventFilter filter) {
        return queries.count(publicTimeline(timelineSlug).id(), filter.withStatuses(PUBLIC_STATUSES));
    }

    @Transactional(readOnly = true)
    public EventDetails event(String timelineSlug, String eventSlug) {
        TimelineSummary timeline = publicTimeline(timelineSlug);
        return store.findBySlug(timeline.id(), eventSlug, timeline.slug())
                .filter(e -> PUBLIC_STATUSES.contains(e.status()))
                .orElseThrow(() -> new NotFoundException("No published event '" + eventSlug + "' on " + timelineSlug));
    }

    @Transactional(readOnly = true)
    public TimelineSummary timeline(String timelineSlug) {
        return publicTimeline(timelineSlug);
    }

    private TimelineSummary publicTimeline(String slug) {
        return timelines.findPublic(slug).orElseThrow(() -> new NotFoundException("No public timeline '" + slug + "'"));
    }
}
