package org.annals.reader.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.annals.publication.ApiEvent;
import org.annals.publication.PinnedEvent;
import org.annals.publication.PublishedEventQuery;
import org.annals.publication.PublishedRevision;
import org.annals.shared.PublicBaseUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Pinned revisions of published events, so a citation keeps pointing at the text its author read. A retracted event
 * answers 410 for every revision (its old text is never served), a merged duplicate 301 to the survivor.
 */
@RestController
@RequestMapping(path = "/api/v1/timelines/{slug}/events/{eventSlug}/revisions", produces = "application/json")
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
@Tag(name = "Public timelines")
class EventRevisionsApiController {

    private final PublishedEventQuery published;
    private final PublicBaseUrl publicBase;

    EventRevisionsApiController(PublishedEventQuery published, PublicBaseUrl publicBase) {
        this.publicBase = publicBase;
        this.published = published;
    }

    /** One published revision: its number, when it was published, and where to read it. */
    record ApiRevision(int revision, String publishedAt, boolean latest, String permalink, String api) {
    }

    /**
     * An event as published in one revision, with the latest revision's number and its permalink.
     * {@code relationsComplete}: false when relations from other events at that moment may be missing (their
     * revisions then predate keeping relations); null when this revision's own relations were not kept either.
     */
    record ApiPinnedEvent(int revision, String publishedAt, int latestRevision, String permalink,
            @Nullable String newerVersion, @Nullable Boolean relationsComplete, ApiEvent event) {
    }

    @GetMapping
    @Operation(summary = "The published revisions of an event, oldest first (the last one is what readers see now)")
    List<ApiRevision> revisions(@PathVariable String slug, @PathVariable String eventSlug, WebRequest request,
            HttpServletResponse response) {
        List<PublishedRevision> revisions = published.revisions(slug, eventSlug);
        if (ApiETags.notModified(published.fingerprint(slug), baseUrl(), slug, request, response)) {
            return null;
        }
        String base = baseUrl();
        int latest = revisions.isEmpty() ? 0 : revisions.getLast().number();
        return revisions.stream().map(r -> new ApiRevision(r.number(), r.publishedAt().toString(), r.number() == latest,
                base + org.annals.event.Permalinks.revision(slug, eventSlug, r.number()),
                base + "/api/v1/timelines/" + slug + "/events/" + eventSlug + "/revisions/" + r.number())).toList();
    }

    @GetMapping("/{revision}")
    @Operation(summary = "An event exactly as published in one revision",
            description = "404 when the event has no such published revision, 400 for a number that is not a whole "
                    + "number from 1, 410 when the event has been retracted since (whichever revision is asked for). "
                    + "Its relations are those it was published with, each pointing at the other event's revision of "
                    + "that moment; null for revisions published before relations were kept with revisions.")
    ApiPinnedEvent revision(@PathVariable String slug, @PathVariable String eventSlug,
            @Parameter(description = "Revision number, from 1") @PathVariable String revision,
            @Parameter(description = "Language of the display labels: en (default) or uk") @RequestParam(required = false) @Nullable String lang,
            WebRequest request, HttpServletResponse response) {
        int number = RevisionParams.revision(revision);
        java.util.Locale locale = RevisionParams.language(lang);
        PinnedEvent pinned = published.revision(slug, eventSlug, number);
        if (ApiETags.notModified(published.fingerprint(slug), baseUrl(), slug, request, response)) {
            return null;
        }
        String base = baseUrl();
        java.util.Optional<org.annals.publication.PinnedRelations> kept = published.relations(pinned);
        return new ApiPinnedEvent(pinned.revision().number(), pinned.revision().publishedAt().toString(),
                pinned.latestRevision(), base + pinned.permalinkPath(),
                pinned.isLatest() ? null : base + pinned.event().permalinkPath(),
                kept.map(org.annals.publication.PinnedRelations::complete).orElse(null),
                ApiEvent.of(pinned.event(), base, true, kept
                        .map(k -> ApiEvent.ApiRelation.pinned(k.relations(), base, slug)).orElse(null), locale)
                        .withPermalink(base + pinned.permalinkPath()));
    }

    private String baseUrl() {
        return publicBase.get();
    }
}
