package org.annals.event;

import java.util.List;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** An event coming from an import file, with its key there (for idempotent re-imports) and everything cited. */
public record ImportedEvent(String externalRef, @Nullable String slug, EventContent content, List<ActorLink> actors,
        List<CitationInput> citations, List<Disagreement> disagreements, EventStatus status, List<ImportedRelation> relations) {

    /** An event that states no relation to another. */
    public ImportedEvent(String externalRef, @Nullable String slug, EventContent content, List<ActorLink> actors,
            List<CitationInput> citations, List<Disagreement> disagreements, EventStatus status) {
        this(externalRef, slug, content, actors, citations, disagreements, status, List.of());
    }

    public ImportedEvent {
        if (externalRef == null || externalRef.isBlank() || externalRef.length() > 40) {
            throw new InvalidInputException("ref", "Every imported event needs a ref of 1–40 characters", "import.refusal.ref");
        }
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidInputException("slug", "A slug has lower-case letters, digits and single hyphens: '" + slug + "'",
                    "import.refusal.slug", slug);
        }
        if (slug != null && slug.length() > 80) {
            throw new InvalidInputException("slug", "A slug has at most 80 characters", "import.refusal.slugLength");
        }
        if (status == EventStatus.MERGED || status == EventStatus.RETRACTED) {
            // a merge or a retraction is a reviewer's step with its own note and history, not a state to arrive in
            throw new InvalidInputException("status", "An imported event is a draft, in review or published; "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + " events are not imported", "import.refusal.status",
                    status.name().toLowerCase(java.util.Locale.ROOT));
        }
        actors = List.copyOf(actors);
        citations = List.copyOf(citations);
        disagreements = List.copyOf(disagreements);
        EventLinks.namedSourcesAreCited(citations, disagreements);
        relations = List.copyOf(relations);
    }
}
