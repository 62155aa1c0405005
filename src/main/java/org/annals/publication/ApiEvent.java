package org.annals.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.annals.event.ActorLink;
import org.annals.event.CitationView;
import org.annals.event.DataSetFields;
import org.annals.event.Disagreement;
import org.annals.event.EventDetails;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * An event in the public API: EDTF and the explicit day window, so clients never have to guess precision, and the
 * editors' note on how the date was settled when there is one, and fatalities and a data set's codes when known
 * ({@code data}, left out otherwise). The one
 * definition of the public event JSON: the API writes it, and the readers' copy stores it per language without the
 * permalink (which depends on the request's base URL and is put in front per request), so a page of events is
 * PostgreSQL's stored bytes passed through.
 */
public record ApiEvent(
        String slug,
        String headline,
        @Nullable String summary,
        String edtf,
        String display,
        ApiDate start,
        @Nullable ApiDate end,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String dateNote,
        ApiPlace place,
        List<ApiActor> actors,
        List<String> types,
        List<String> tags,
        String confidence,
        boolean sourcesDisagree,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String permalink,
        @Nullable List<ApiCitation> citations,
        @Nullable List<Disagreement> disagreements,
        @Nullable List<ApiRelation> relations,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable DataSetFields data) {

    /**
     * Another published event and how this one relates to it ("is part of", "follows"…). In a pinned revision the
     * headline is the other event's as published then, and the permalink is pinned to that revision of it.
     */
    public record ApiRelation(String relation, String slug, String headline, String permalink) {

        public static List<ApiRelation> current(List<org.annals.event.EventRelation> relations, String baseUrl,
                String timelineSlug) {
            return relations.stream().map(r -> new ApiRelation(r.label(), r.otherSlug(), r.otherHeadline(),
                    baseUrl + org.annals.event.Permalinks.event(timelineSlug, r.otherSlug()))).toList();
        }

        public static List<ApiRelation> pinned(List<org.annals.publication.PinnedRelation> relations, String baseUrl,
                String timelineSlug) {
            return relations.stream().map(p -> new ApiRelation(p.relation().label(), p.relation().otherSlug(),
                    p.relation().otherHeadline(), baseUrl + p.otherPermalinkPath(timelineSlug))).toList();
        }
    }

    public record ApiDate(String edtf, LocalDate earliest, LocalDate latest, String precision, String display) {

        public static ApiDate of(UncertainDate date, Locale locale) {
            return new ApiDate(date.toEdtf(), date.earliest(), date.latest(), date.precision().name(),
                    org.annals.shared.DateLabels.of(date, locale));
        }
    }

    public record ApiPlace(@Nullable String name, @Nullable Double latitude, @Nullable Double longitude, String precision) {
    }

    public record ApiActor(String name, String kind, String role) {

        public static ApiActor of(ActorLink link) {
            return new ApiActor(link.name(), link.kind().name(), link.role().name());
        }
    }

    public record ApiCitation(String url, @Nullable String publisher, @Nullable String title,
            @Nullable LocalDate publishedOn, @Nullable String language, @Nullable String archiveUrl,
            @Nullable String quote, @Nullable String supports, String stance) {

        public static ApiCitation of(CitationView c) {
            return new ApiCitation(c.source().url(), c.source().publisher(), c.source().title(),
                    c.source().publishedOn(), c.source().language(), c.source().archiveUrl(), c.quote(), c.supports(),
                    c.stance().name());
        }
    }

    public static ApiEvent of(EventDetails event, String baseUrl, boolean withCitations) {
        return of(event, baseUrl, withCitations, null);
    }

    public static ApiEvent of(EventDetails event, String baseUrl, boolean withCitations,
            @Nullable List<ApiRelation> relations) {
        return of(event, baseUrl, withCitations, relations, Locale.ENGLISH);
    }

    /** {@code locale}: the language of the {@code display} labels (English unless the client asks for Ukrainian). */
    public static ApiEvent of(EventDetails event, String baseUrl, boolean withCitations,
            @Nullable List<ApiRelation> relations, Locale locale) {
        return build(event, baseUrl + event.permalinkPath(), withCitations, relations, locale);
    }

    /** As the events list sends it, without the permalink: what the readers' copy stores per language. */
    public static ApiEvent listItem(EventDetails event, Locale locale) {
        return build(event, null, false, null, locale);
    }

    private static ApiEvent build(EventDetails event, @Nullable String permalink, boolean withCitations,
            @Nullable List<ApiRelation> relations, Locale locale) {
        var content = event.content();
        var point = content.place().point();
        return new ApiEvent(event.slug(), content.headline(), content.summary(), event.edtf(),
                event.dateLabel(locale), ApiDate.of(content.start(), locale),
                content.end() == null ? null : ApiDate.of(content.end(), locale), content.dateNote(),
                new ApiPlace(content.place().name(), point == null ? null : point.latitude(),
                        point == null ? null : point.longitude(), content.place().precision().name()),
                event.actors().stream().map(ApiActor::of).toList(),
                content.types().stream().map(Enum::name).sorted().toList(),
                content.tags().stream().sorted().toList(),
                content.confidence().name(), event.sourcesDisagree(), permalink,
                withCitations ? event.citations().stream().map(ApiCitation::of).toList() : null,
                withCitations ? event.disagreements() : null,
                relations, content.data().hasNone() ? null : content.data());
    }

    /** The same event with another permalink (a pinned revision's). */
    public ApiEvent withPermalink(String other) {
        return new ApiEvent(slug, headline, summary, edtf, display, start, end, dateNote, place, actors, types, tags, confidence,
                sourcesDisagree, other, citations, disagreements, relations, data);
    }
}
