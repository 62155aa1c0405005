package org.annals.reader.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.annals.event.EventFilter;
import org.annals.event.Permalinks;
import org.annals.publication.ApiEvent;
import org.annals.publication.ApiWindow;
import org.annals.publication.DensityBucket;
import org.annals.publication.DensityCount;
import org.annals.publication.EventFilterParams;
import org.annals.publication.PinnedEventPage;
import org.annals.publication.PublishedEventPage;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PublicBaseUrl;
import org.annals.timeline.TimelineService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public read API, v1: published events of public timelines only. Errors are RFC 9457 problem+json. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
@Tag(name = "Public timelines", description = "Read published events; no account needed")
class ReaderApiController {

    private final TimelineService timelines;
    private final PublishedEventQuery published;
    private final tools.jackson.databind.ObjectMapper json;
    private final PublicBaseUrl publicBase;

    ReaderApiController(TimelineService timelines, PublishedEventQuery published, tools.jackson.databind.ObjectMapper json,
            PublicBaseUrl publicBase) {
        this.publicBase = publicBase;
        this.timelines = timelines;
        this.published = published;
        this.json = json;
    }

    record ApiTimeline(String slug, String title, @Nullable String description, String events) {
    }

    record ApiEventPage(List<ApiEvent> events, @Nullable String nextCursor, @Nullable String next) {
    }

    @GetMapping("/timelines")
    @Operation(summary = "Public timelines")
    List<ApiTimeline> timelines() {
        String base = baseUrl();
        return timelines.publicTimelines().stream()
                .map(t -> new ApiTimeline(t.slug(), t.title(), t.description(), base + "/api/v1/timelines/" + t.slug() + "/events"))
                .toList();
    }

    @GetMapping("/timelines/{slug}/density")
    @Operation(summary = "How many published events may begin in each day, week, month or year of a window",
            description = "For drawing the shape of a long timeline without loading its events. Takes the same filters "
                    + "as the events list. Buckets are counted by each event's earliest possible day.")
    ApiDensity density(@PathVariable String slug,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "day, week, month or year (default month)") @RequestParam(required = false) @Nullable String bucket,
            @RequestParam(required = false) @Nullable List<String> type, @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable List<String> tag,
            @RequestParam(required = false) @Nullable List<String> confidence,
            @Parameter(description = "true: only events whose sources disagree") @RequestParam(required = false) @Nullable String disagree,
            @Parameter(description = "Map area south,west,north,east in degrees: only events placed inside it") @RequestParam(required = false) @Nullable String area,
            @Parameter(description = "Only events with at least this many fatalities (the best estimate a data set or an editor gives)") @RequestParam(required = false) @Nullable String fatalities,
            @Parameter(description = "fatalities: each bucket also sums its events' fatalities (best estimates; events without one add nothing)") @RequestParam(required = false) @Nullable String sum,
            WebRequest request, HttpServletResponse response) {
        EventFilter filter = EventFilterParams.parse(from, to, type, actor, q, tag, confidence, disagree, area, fatalities);
        DensityBucket width = bucket == null || bucket.isBlank() ? DensityBucket.MONTH : DensityBucket.parse(bucket);
        if (notModified(slug, request, response)) {
            return null;
        }
        boolean withFatalities = sumsFatalities(sum);
        List<DensityCount> counts = withFatalities ? published.densityWithFatalities(slug, filter, width)
                : published.density(slug, filter, width);
        return new ApiDensity(width.name().toLowerCase(java.util.Locale.ROOT), counts.stream().mapToInt(DensityCount::count).sum(),
                withFatalities ? counts.stream().mapToLong(DensityCount::fatalities).sum() : null,
                counts.stream().map(c -> new ApiBucket(c.start(), c.count(), c.fatalities())).toList());
    }

    /** {@code sum=fatalities} adds each bucket's sum of fatalities; nothing else can be summed. */
    private static boolean sumsFatalities(@Nullable String sum) {
        if (sum == null || sum.isBlank()) {
            return false;
        }
        if (!sum.strip().equalsIgnoreCase("fatalities")) {
            throw new org.annals.shared.InvalidInputException("sum", "sum=" + (sum.length() > 20 ? sum.substring(0, 20) + "…" : sum)
                    + " must be fatalities (the only figure events carry)", "link.sum");
        }
        return true;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record ApiDensity(String bucket, int total, @Nullable Long fatalities, List<ApiBucket> buckets) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record ApiBucket(LocalDate start, int count, @Nullable Long fatalities) {
    }

    /**
     * Answers 304 when the client's copy is current. The ETag combines what readers can see on the timeline with the
     * exact query, so any publication, correction or retraction changes it.
     */
    private boolean notModified(String slug, WebRequest request, HttpServletResponse response) {
        return ApiETags.notModified(published.fingerprint(slug), baseUrl(), slug, request, response);
    }

    @GetMapping("/timelines/{slug}/window")
    @Operation(summary = "What a visual timeline draws for a window: up to `limit` small items, or counts per bucket",
            description = "Takes the same filters as the events list. When more than `limit` (default and at most 1000) "
                    + "events match, `dense` is true and `buckets` holds counts per day, week or month (chosen from the "
                    + "window's length) instead of items. `lang=uk` gives the date labels in Ukrainian.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiWindow.class)))
    byte[] window(@PathVariable String slug,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable List<String> type, @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable List<String> tag,
            @RequestParam(required = false) @Nullable List<String> confidence,
            @RequestParam(required = false) @Nullable String disagree, @RequestParam(required = false) @Nullable String area,
            @Parameter(description = "Only events with at least this many fatalities (the best estimate a data set or an editor gives)") @RequestParam(required = false) @Nullable String fatalities,
            @Parameter(description = "At most this many items, 1–1000 (default 1000)") @RequestParam(required = false) @Nullable String limit,
            @Parameter(description = "en (default) or uk: the language of date labels") @RequestParam(required = false) @Nullable String lang,
            WebRequest request, HttpServletResponse response) {
        EventFilter filter = EventFilterParams.parse(from, to, type, actor, q, tag, confidence, disagree, area, fatalities);
        int size = limit == null || limit.isBlank() ? PublishedEventQuery.MAX_WINDOW : limit(limit, PublishedEventQuery.MAX_WINDOW);
        Locale locale = language(lang);
        if (notModified(slug, request, response)) {
            return null;
        }
        return ApiWindow.json(published.windowJson(slug, filter, size, locale, baseUrl() + Permalinks.eventsOf(slug)),
                json);
    }

    private static Locale language(@Nullable String lang) {
        if (lang == null || lang.isBlank() || lang.strip().equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        if (lang.strip().equalsIgnoreCase("uk")) {
            return Locale.forLanguageTag("uk");
        }
        throw new InvalidInputException("lang", "lang=" + lang + " must be en or uk");
    }

    @GetMapping("/timelines/{slug}/events")
    @Operation(summary = "Published events in chronological order (earliest possible day, then latest), cursor-paginated",
            description = "from/to select events whose possible days overlap the window, so an event of 'June 2023' "
                    + "matches from=2023-06-10&to=2023-06-20.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ApiEventPage.class)))
    byte[] events(@PathVariable String slug,
            @Parameter(description = "First day of the window (yyyy-mm-dd)") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last day of the window (yyyy-mm-dd)") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "Event types, any of (comma-separated or repeated)") @RequestParam(required = false) @Nullable List<String> type,
            @Parameter(description = "Actor name (exact, case-insensitive)") @RequestParam(required = false) @Nullable String actor,
            @Parameter(description = "Words to search for in headline, summary, quotes and actor names (prefixes match)") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Tags, all of (comma-separated or repeated)") @RequestParam(required = false) @Nullable List<String> tag,
            @Parameter(description = "Confidence levels, any of: verified, inferred, unverified") @RequestParam(required = false) @Nullable List<String> confidence,
            @Parameter(description = "true: only events whose sources disagree") @RequestParam(required = false) @Nullable String disagree,
            @Parameter(description = "Map area south,west,north,east in degrees: only events placed inside it") @RequestParam(required = false) @Nullable String area,
            @Parameter(description = "Only events with at least this many fatalities (the best estimate a data set or an editor gives)") @RequestParam(required = false) @Nullable String fatalities,
            @Parameter(description = "Cursor from the previous page's nextCursor") @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "Page size, 1–500 (default 100)") @RequestParam(required = false) @Nullable String limit,
            @Parameter(description = "A moment (ISO-8601, e.g. 2026-11-25T10:00:00Z): the events as they were published "
                    + "then; later publications are left out, later revisions shown as of then, and each permalink pins "
                    + "its revision") @RequestParam(required = false) @Nullable String asOf,
            @Parameter(description = "Language of the display labels: en (default) or uk") @RequestParam(required = false) @Nullable String lang,
            WebRequest request, HttpServletResponse response) {
        EventFilter filter = EventFilterParams.parse(from, to, type, actor, q, tag, confidence, disagree, area, fatalities);
        int size = limit(limit);
        java.time.Instant moment = RevisionParams.asOf(asOf);
        Locale locale = RevisionParams.language(lang);
        if (notModified(slug, request, response)) {
            return null;
        }
        String base = baseUrl();
        if (moment != null) {
            PinnedEventPage pinned = published.pinnedPage(slug, filter, moment, cursor, size);
            return json.writeValueAsBytes(new ApiEventPage(pinned.events().stream().map(e -> ApiEvent.of(e.event(), base, false, null, locale)
                    .withPermalink(base + e.permalinkPath())).toList(), pinned.nextCursor(), next(pinned.nextCursor())));
        }
        // as stored at publication and passed through; built here only while older rows' stored JSON is being filled
        var wire = published.pageJson(slug, filter, cursor, size, locale, base + Permalinks.eventsOf(slug));
        if (wire.isPresent()) {
            return pageBytes(wire.get().events(), wire.get().nextCursor());
        }
        PublishedEventPage page = published.page(slug, filter, cursor, size);
        return json.writeValueAsBytes(new ApiEventPage(page.events().stream().map(e -> ApiEvent.of(e, base, false, null, locale)).toList(),
                page.nextCursor(), next(page.nextCursor())));
    }

    /** {@link ApiEventPage} as JSON around events that are JSON already. */
    private byte[] pageBytes(List<byte[]> events, @Nullable String nextCursor) {
        var out = new java.io.ByteArrayOutputStream(events.stream().mapToInt(e -> e.length + 1).sum() + 512);
        out.writeBytes("{\"events\":[".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(events.get(i));
        }
        out.writeBytes(("],\"nextCursor\":" + json.writeValueAsString(nextCursor) + ",\"next\":"
                + json.writeValueAsString(next(nextCursor)) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** This request's own path and query with the next cursor, on the public address (not the Host it came to). */
    private @Nullable String next(@Nullable String cursor) {
        if (cursor == null) {
            return null;
        }
        var next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor", cursor).build();
        return baseUrl() + next.getPath() + "?" + next.getQuery();
    }

    @GetMapping("/timelines/{slug}/events/{eventSlug}")
    @Operation(summary = "One published event with its citations (verbatim quotes) and the disagreements between sources")
    ApiEvent event(@PathVariable String slug, @PathVariable String eventSlug, WebRequest request, HttpServletResponse response) {
        var event = published.event(slug, eventSlug);
        if (notModified(slug, request, response)) {
            return null;
        }
        String base = baseUrl();
        return ApiEvent.of(event, base, true, ApiEvent.ApiRelation.current(published.relations(slug, eventSlug), base, slug));
    }

    @GetMapping("/timelines/{slug}/corrections")
    @Operation(summary = "The timeline's public corrections log: retractions and substantive corrections, newest first")
    List<ApiCorrection> corrections(@PathVariable String slug) {
        String base = baseUrl();
        return published.corrections(slug).stream().map(c -> new ApiCorrection(c.kind().name(), c.headline(),
                base + Permalinks.event(slug, c.eventSlug()), c.note(), c.madeAt().toString(), c.revision(),
                c.revision() == null ? null : base + Permalinks.revision(slug, c.eventSlug(), c.revision()), c.minor()))
                .toList();
    }

    /**
     * {@code revision}/{@code revisionPermalink}: the published revision a correction produced (null for a retraction);
     * {@code minor}: its approver marked it a minor change (a typo).
     */
    record ApiCorrection(String kind, String headline, String permalink, String note, String madeAt,
            @Nullable Integer revision, @Nullable String revisionPermalink, boolean minor) {
    }

    private static int limit(@Nullable String value) {
        return value == null || value.isBlank() ? 100 : limit(value, PublishedEventQuery.MAX_PAGE);
    }

    private static int limit(String value, int max) {
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new InvalidInputException("limit", "limit=" + value + " must be a whole number from 1 to " + max);
    }

    private String baseUrl() {
        return publicBase.get();
    }
}
