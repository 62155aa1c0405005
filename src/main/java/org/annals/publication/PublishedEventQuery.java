package org.annals.publication;

import org.annals.event.EventId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventRelation;
import org.annals.event.Permalinks;
import org.annals.publication.internal.Corrections;
import org.annals.publication.internal.EventKey;
import org.annals.publication.internal.PublishedDensity;
import org.annals.publication.internal.PublishedEventReads;
import org.annals.publication.internal.PublishedRevisions;
import org.annals.publication.internal.PublishedWindows;
import org.annals.publication.internal.ReaderVersions;
import org.annals.publication.spi.EditorsNote;
import org.annals.publication.spi.EditorsNotesSource;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers may see: the published copies of events on public timelines, nothing else. Every public page and
 * the API read through here, and here reads only the readers' table, so a draft, a pending correction or a
 * private timeline cannot leak by another path.
 */
@Service
@PreAuthorize("permitAll()")
public class PublishedEventQuery {

    public static final int MAX_PAGE = 500;
    /** The most events a visual timeline is sent for one window; beyond it, density. */
    public static final int MAX_WINDOW = 1000;

    private final TimelineService timelines;
    private final PublishedEventReads published;
    private final PublishedWindows windows;
    private final PublishedDensity density;
    private final ReaderVersions versions;
    private final Corrections corrections;
    private final PublishedRevisions revisions;
    private final List<EditorsNotesSource> editorsNotes;
    private final org.annals.publication.internal.SearchSuggestions suggestions;

    PublishedEventQuery(TimelineService timelines, PublishedEventReads published, PublishedWindows windows,
            PublishedDensity density, ReaderVersions versions, Corrections corrections,
            PublishedRevisions revisions, List<EditorsNotesSource> editorsNotes,
            org.annals.publication.internal.SearchSuggestions suggestions) {
        this.editorsNotes = editorsNotes;
        this.suggestions = suggestions;
        this.windows = windows;
        this.density = density;
        this.versions = versions;
        this.timelines = timelines;
        this.published = published;
        this.corrections = corrections;
        this.revisions = revisions;
    }

    @Transactional(readOnly = true)
    public PublishedEventPage page(String timelineSlug, EventFilter filter, @Nullable String cursor, int limit) {
        checkPageLimit(limit);
        TimelineSummary timeline = publicTimeline(timelineSlug);
        return firstOf(published.page(timeline.id().value(), filter, after(cursor), limit + 1), limit, Map.Entry::getKey,
                (page, next) -> new PublishedEventPage(page.stream().map(Map.Entry::getValue).toList(), next));
    }

    /**
     * The same page as {@link #page} as the API's JSON per event, in the reader's language, each permalink starting
     * with {@code permalinkPrefix}; empty while some of its events' stored JSON is not written yet.
     */
    @Transactional(readOnly = true)
    public Optional<WireEventPage> pageJson(String timelineSlug, EventFilter filter, @Nullable String cursor, int limit,
            java.util.Locale locale, String permalinkPrefix) {
        checkPageLimit(limit);
        TimelineSummary timeline = publicTimeline(timelineSlug);
        return published.pageJson(timeline.id().value(), filter, after(cursor), limit + 1, locale, permalinkPrefix)
                .map(rows -> firstOf(rows, limit, Map.Entry::getKey,
                        (page, next) -> new WireEventPage(page.stream().map(Map.Entry::getValue).toList(), next)));
    }

    /** The visible window of a visual timeline: events (at most {@code limit}) or, beyond that, counts per bucket. */
    @Transactional(readOnly = true)
    public EventWindow window(String timelineSlug, EventFilter filter, int limit) {
        if (limit < 1 || limit > MAX_WINDOW) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_WINDOW);
        }
        return windows.window(publicTimeline(timelineSlug).id().value(), filter, limit);
    }

    /**
     * The same window for the public API, its items as JSON text built by PostgreSQL (see {@link WireWindow}).
     * {@code permalinkPrefix} is what each item's permalink starts with, up to the event's slug. No transaction: one
     * statement answers it (two when dense, each consistent on its own).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public WireWindow windowJson(String timelineSlug, EventFilter filter, int limit, java.util.Locale locale,
            String permalinkPrefix) {
        if (limit < 1 || limit > MAX_WINDOW) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_WINDOW);
        }
        return windows.windowJson(publicTimeline(timelineSlug).id().value(), filter, limit, locale, permalinkPrefix);
    }

    /**
     * A page of the matching events as they were published at {@code asOf}: each event's revision valid then, events
     * published later left out, and only events readers may still see today (nothing retracted or merged since).
     */
    @Transactional(readOnly = true)
    public PinnedEventPage pinnedPage(String timelineSlug, EventFilter filter, java.time.Instant asOf,
            @Nullable String cursor, int limit) {
        checkPageLimit(limit);
        TimelineSummary timeline = publicTimeline(timelineSlug);
        return firstOf(published.keys(timeline.id().value(), filter, asOf, after(cursor), limit + 1), limit, key -> key,
                (page, next) -> new PinnedEventPage(revisions.load(page.stream().map(EventKey::id).toList(), asOf), next));
    }

    private static void checkPageLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_PAGE);
        }
    }

    private static @Nullable EventKey after(@Nullable String cursor) {
        return cursor == null || cursor.isBlank() ? null : EventKey.decode(cursor);
    }

    /**
     * A page from rows read one beyond it: the first {@code limit} rows, and the cursor after the last of them when
     * that extra row shows there are more.
     */
    private static <T, P> P firstOf(List<T> rows, int limit, java.util.function.Function<T, EventKey> key,
            java.util.function.BiFunction<List<T>, @Nullable String, P> page) {
        boolean more = rows.size() > limit;
        List<T> shown = more ? rows.subList(0, limit) : rows;
        return page.apply(shown, more ? key.apply(shown.getLast()).encode() : null);
    }

    /**
     * The published revisions of an event readers may see, oldest first (the last is what readers see now).
     *
     * @throws EventRetractedException for a retracted event: none of its revisions is shown any more
     */
    @Transactional(readOnly = true)
    public List<PublishedRevision> revisions(String timelineSlug, String eventSlug) {
        return revisions.list(event(timelineSlug, eventSlug).id().value());
    }

    /**
     * An event exactly as published in revision {@code number}.
     *
     * @throws EventRetractedException for a retracted event, whichever revision is asked for
     * @throws NotFoundException when the event has no such published revision
     */
    @Transactional(readOnly = true)
    public PinnedEvent revision(String timelineSlug, String eventSlug, int number) {
        if (number < 1) {
            throw new InvalidInputException("revision", "revision=" + number + " must be a whole number from 1");
        }
        EventDetails current = event(timelineSlug, eventSlug);
        return revisions.find(current.id().value(), number).orElseThrow(() -> new NotFoundException(
                "The event '" + eventSlug + "' has no published revision " + number));
    }

    /**
     * The relations a pinned revision was published with (see {@link PinnedRelation}); empty when that revision was
     * published before Annals kept them, so a page can say so rather than show none.
     */
    @Transactional(readOnly = true)
    public Optional<PinnedRelations> relations(PinnedEvent pinned) {
        return revisions.relations(pinned.event().id().value(), pinned.revision().number());
    }

    /** Whether a published event of a public timeline cites this URL (readers may open its archived copy). */
    @Transactional(readOnly = true)
    public boolean citedPublicly(String url) {
        return published.citedPublicly(url);
    }

    /** How many published events a public timeline has (retracted ones not counted). */
    @Transactional(readOnly = true)
    public int publishedCount(String timelineSlug) {
        return published.count(publicTimeline(timelineSlug).id().value(), EventFilter.ALL);
    }

    /** Permalinks of a public timeline's published events, chronological, {@code limit} from {@code offset}, streamed. */
    @Transactional(readOnly = true)
    public void forEachPermalink(String timelineSlug, int offset, int limit,
            java.util.function.Consumer<PublishedPermalink> consumer) {
        published.forEachPermalink(publicTimeline(timelineSlug).id().value(), offset, limit, consumer);
    }

    @Transactional(readOnly = true)
    public List<DensityCount> density(String timelineSlug, EventFilter filter, DensityBucket bucket) {
        return density.density(publicTimeline(timelineSlug).id().value(), filter, bucket);
    }

    /** {@link #density} with each bucket's sum of fatalities (the events' best estimates). */
    @Transactional(readOnly = true)
    public List<DensityCount> densityWithFatalities(String timelineSlug, EventFilter filter, DensityBucket bucket) {
        return density.densityWithFatalities(publicTimeline(timelineSlug).id().value(), filter, bucket);
    }

    /** The first and last day the matching events may cover (the whole war, for a first look at a timeline). */
    @Transactional(readOnly = true)
    public Optional<java.time.LocalDate[]> extent(String timelineSlug, EventFilter filter) {
        return published.extent(publicTimeline(timelineSlug).id().value(), filter);
    }

    /**
     * Changes whenever anything readers can see on the timeline changes: the basis of HTTP ETags. Usually answered
     * from memory (see {@link #publicTimeline}), so a conditional GET costs no database round trip, and no transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String fingerprint(String timelineSlug) {
        return versions.fingerprint(publicTimeline(timelineSlug).id().value());
    }

    /** Every matching published event in chronological order, one at a time (exports of any size). */
    @Transactional(readOnly = true)
    public void forEach(String timelineSlug, EventFilter filter, java.util.function.Consumer<EventDetails> consumer) {
        published.forEach(publicTimeline(timelineSlug).id().value(), filter, consumer);
    }

    /** Where a search matched in these events of a page (see {@link SearchHighlight}); events without a match are absent. */
    @Transactional(readOnly = true)
    public Map<Long, SearchHighlight> highlights(String timelineSlug, List<EventDetails> events, String text) {
        return published.highlights(publicTimeline(timelineSlug).id().value(), events.stream().map(e -> e.id().value()).toList(),
                text);
    }

    /** Actors on the timeline's published events, most frequent first: what a reader can filter by. */
    @Transactional(readOnly = true)
    public List<FacetCount> actors(String timelineSlug) {
        return density.actors(publicTimeline(timelineSlug).id().value());
    }

    /** Tags on the timeline's published events, most frequent first. */
    @Transactional(readOnly = true)
    public List<FacetCount> tags(String timelineSlug) {
        return density.tags(publicTimeline(timelineSlug).id().value());
    }

    @Transactional(readOnly = true)
    public int countWithoutCoordinates(String timelineSlug, EventFilter filter) {
        return published.countWithoutCoordinates(publicTimeline(timelineSlug).id().value(), filter);
    }

    /** The most tags and the most distinct cited sources an event the filter selects has (a sheet's column counts). */
    @Transactional(readOnly = true)
    public int[] mostTagsAndSources(String timelineSlug, EventFilter filter) {
        return published.mostTagsAndSources(publicTimeline(timelineSlug).id().value(), filter);
    }

    /** How many of the events the filter selects start in a window wider than {@code days} days (a month aside). */
    @Transactional(readOnly = true)
    public int countStartWiderThan(String timelineSlug, EventFilter filter, int days) {
        return published.countStartWiderThan(publicTimeline(timelineSlug).id().value(), filter, days);
    }

    /**
     * For a search that finds nothing: the same search with its unknown words replaced by the nearest words of the
     * timeline ("bucah" → "bucha"), when that finds events under the same filters; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<String> didYouMean(String timelineSlug, EventFilter filter) {
        if (filter.text() == null) {
            return Optional.empty();
        }
        long timelineId = publicTimeline(timelineSlug).id().value();
        return suggestions.corrected(timelineId, filter.text()).filter(corrected -> published.count(timelineId,
                new EventFilter(filter.statuses(), filter.from(), filter.to(), filter.types(), filter.actor(), corrected,
                        filter.tags(), filter.confidences(), filter.area(), filter.sourcesDisagree())
                        .withMinFatalities(filter.minFatalities())) > 0);
    }

    @Transactional(readOnly = true)
    public int count(String timelineSlug, EventFilter filter) {
        return published.count(publicTimeline(timelineSlug).id().value(), filter);
    }

    /**
     * @throws EventRetractedException for a retracted event, carrying its correction note
     */
    @Transactional(readOnly = true)
    public EventDetails event(String timelineSlug, String eventSlug) {
        TimelineSummary timeline = publicTimeline(timelineSlug);
        Optional<Map.Entry<EventDetails, Optional<PublishedEventReads.Retraction>>> lookup = published.findBySlug(timeline.id().value(), eventSlug);
        if (lookup.isEmpty()) {
            published.redirectOf(timeline.id().value(), eventSlug).ifPresent(newSlug -> {
                throw new EventMovedException(newSlug);
            });
            throw new NotFoundException("No published event '" + eventSlug + "' on " + timelineSlug);
        }
        Map.Entry<EventDetails, Optional<PublishedEventReads.Retraction>> found = lookup.get();
        found.getValue().ifPresent(r -> {
            throw new EventRetractedException(found.getKey().content().headline(), r.note(), r.at());
        });
        return found.getKey();
    }

    /** How a published event of a public timeline relates to other published events. */
    @Transactional(readOnly = true)
    public List<EventRelation> relations(String timelineSlug, String eventSlug) {
        return published.relations(event(timelineSlug, eventSlug).id().value());
    }

    /**
     * The notes editors made public on a published event of a public timeline, oldest first.
     *
     * @throws NotFoundException when there is no such published event on a public timeline
     */
    @Transactional(readOnly = true)
    public List<EditorsNote> editorsNotes(String timelineSlug, String eventSlug) {
        long eventId = event(timelineSlug, eventSlug).id().value();
        return editorsNotes.stream().flatMap(source -> source.publicNotes(EventId.of(eventId)).stream()).toList();
    }

    @Transactional(readOnly = true)
    public List<CorrectionEntry> corrections(String timelineSlug) {
        return corrections.list(publicTimeline(timelineSlug).id().value(), 500);
    }

    @Transactional(readOnly = true)
    public TimelineSummary timeline(String timelineSlug) {
        return publicTimeline(timelineSlug);
    }

    /**
     * Public timelines by slug, remembered for a second: every public request starts here, and a timeline's slug and
     * visibility never change once it exists. Unknown slugs are remembered too, so probing costs no more.
     */
    private TimelineSummary publicTimeline(String slug) {
        // read without waiting for another reader's read of the same slug: that wait, with pooled connections held by
        // the waiting readers' transactions, deadlocked the pool under load
        Optional<TimelineSummary> timeline = publicTimelines.getIfPresent(slug);
        if (timeline == null) {
            timeline = timelines.findPublic(slug);
            publicTimelines.put(slug, timeline);
        }
        return timeline.orElseThrow(() -> new NotFoundException("No public timeline '" + slug + "'"));
    }

    private final com.github.benmanes.caffeine.cache.Cache<String, Optional<TimelineSummary>> publicTimelines =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1000)
                    .expireAfterWrite(java.time.Duration.ofSeconds(1)).build();
}
