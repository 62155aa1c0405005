package org.annals.importexport;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Annals timeline file ("annals-timeline/1"), as read from JSON; see docs/import-format.md. */
record TimelineFile(@Nullable String format, @Nullable TimelinePart timeline, @Nullable List<EventPart> events) {

    record TimelinePart(@Nullable String slug, @Nullable String title, @Nullable String description,
            @Nullable String visibility) {
    }

    record EventPart(@Nullable String ref, @Nullable String slug, @Nullable String headline, @Nullable String summary,
            @Nullable DatePart start, @Nullable DatePart end, @Nullable String dateNote, @Nullable PlacePart place, @Nullable List<ActorPart> actors,
            @Nullable List<String> types, @Nullable List<String> tags, @Nullable String confidence,
            @Nullable String status, @Nullable List<SourcePart> sources, @Nullable List<CitationPart> citations,
            @Nullable List<DisagreementPart> disagreements, @Nullable List<RelationPart> relations, @Nullable DataPart data) {
    }

    /** Fatalities, administrative areas and a data set's codes (org.annals.event.DataSetFields); each may be absent. */
    record DataPart(@Nullable Integer fatalitiesLow, @Nullable Integer fatalitiesBest, @Nullable Integer fatalitiesHigh,
            @Nullable String admin1, @Nullable String admin2, @Nullable String admin3, @Nullable String disorderType,
            @Nullable String interaction, java.util.@Nullable Map<String, String> codes) {
    }

    /** "follows", "part-of", "caused-by" or "contradicts" another event of the file, named by its ref. */
    record RelationPart(@Nullable String kind, @Nullable String ref) {
    }

    /** Either {@code edtf}, or the explicit window; both when an approximate date has a window of its own. */
    record DatePart(@Nullable String edtf, @Nullable String earliest, @Nullable String latest,
            @Nullable String precision, @Nullable String nominal) {
    }

    record PlacePart(@Nullable String name, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String precision) {
    }

    record ActorPart(@Nullable String name, @Nullable String kind, @Nullable String role) {
    }

    record SourcePart(@Nullable String url, @Nullable String publisher, @Nullable String title,
            @Nullable String publishedOn, @Nullable String language, @Nullable String archiveUrl) {
    }

    record CitationPart(@Nullable String sourceUrl, @Nullable String quote, @Nullable String supports,
            @Nullable String stance) {
    }

    /** {@code sources}: the addresses of the sources it names, each one the event cites. */
    record DisagreementPart(@Nullable String topic, @Nullable String claims, @Nullable String reading,
            @Nullable String rationale, @Nullable List<String> sources) {
    }
}
