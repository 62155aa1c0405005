package org.annals.reader.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.event.EventFilter;
import org.annals.event.EventType;
import org.annals.event.PublishedEventPage;
import org.annals.event.PublishedEventQuery;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public read API, v1: published events of public timelines only. Errors are RFC 9457 problem+json. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
@Tag(name = "Public timelines", description = "Read published events; no account needed")
class ReaderApiController {

    private final TimelineService timelines;
    private final PublishedEventQuery published;

    ReaderApiController(TimelineService timelines, PublishedEventQuery published) {
        this.timelines = timelines;
        this.published = published;
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

    @GetMapping("/timelines/{slug}/events")
    @Operation(summary = "Published events in chronological order (earliest possible day, then latest), cursor-paginated",
            description = "from/to select events whose possible days overlap the window, so an event of 'June 2023' "
                    + "matches from=2023-06-10&to=2023-06-20.")
    ApiEventPage events(@PathVariable String slug,
            @Parameter(description = "First day of the window (yyyy-mm-dd)") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last day of the window (yyyy-mm-dd)") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "Event types, any of (comma-separated or repeated)") @RequestParam(required = false) @Nullable List<String> type,
            @Parameter(description = "Actor name (exact, case-insensitive)") @RequestParam(required = false) @Nullable String actor,
            @Parameter(description = "Words to search for in headline and summary (prefixes match)") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Cursor from the previous page's nextCursor") @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "Page size, 1–500 (default 100)") @RequestParam(required = false) @Nullable String limit) {
        EventFilter filter = new EventFilter(Set.of(), day("from", from), day("to", to), types(type), actor, q);
        int size = limit(limit);
        PublishedEventPage page = published.page(slug, filter, cursor, size);
        String base = baseUrl();
        String next = page.nextCursor() == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", page.nextCursor()).build().toUriString();
        return new ApiEventPage(page.events().stream().map(e -> ApiEvent.of(e, base, false)).toList(), page.nextCursor(), next);
    }

    @GetMapping("/timelines/{slug}/events/{eventSlug}")
    @Operation(summary = "One published event with its citations (verbatim quotes) and the disagreements between sources")
    ApiEvent event(@PathVariable String slug, @PathVariable String eventSlug) {
        var event = published.event(slug, eventSlug);
        return ApiEvent.of(event, baseUrl(), true, published.relations(event));
    }

    @GetMapping("/timelines/{slug}/corrections")
    @Operation(summary = "The timeline's public corrections log: retractions and substantive corrections, newest first")
    List<ApiCorrection> corrections(@PathVariable String slug) {
        String base = baseUrl();
        return published.corrections(slug).stream().map(c -> new ApiCorrection(c.kind().name(), c.headline(),
                base + "/timelines/" + slug + "/events/" + c.eventSlug(), c.note(), c.madeAt().toString())).toList();
    }

    record ApiCorrection(String kind, String headline, String permalink, String note, String madeAt) {
    }

    private static @Nullable LocalDate day(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, name + "=" + value + " is not a real day; use yyyy-mm-dd, e.g. 2022-02-24");
        }
    }

    private static Set<EventType> types(@Nullable List<String> values) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    types.add(EventType.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("type", "type=" + part + " is not one of "
                            + java.util.Arrays.toString(EventType.values()).toLowerCase(Locale.ROOT));
                }
            }
        }
        return types;
    }

    private static int limit(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= PublishedEventQuery.MAX_PAGE) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new InvalidInputException("limit", "limit=" + value + " must be a whole number from 1 to " + PublishedEventQuery.MAX_PAGE);
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
