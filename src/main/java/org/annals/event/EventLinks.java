package org.annals.event;

import java.util.List;
import org.annals.shared.InvalidInputException;
import org.annals.source.SourceInput;

/** What an event points to besides its content: actors with roles, cited sources with quotes, and disagreements. */
public record EventLinks(List<ActorLink> actors, List<CitationInput> citations, List<Disagreement> disagreements) {

    public static final EventLinks NONE = new EventLinks(List.of(), List.of(), List.of());

    public EventLinks {
        actors = List.copyOf(actors);
        citations = List.copyOf(citations);
        disagreements = List.copyOf(disagreements);
        namedSourcesAreCited(citations, disagreements);
    }

    /** Every source a disagreement names is one the event cites: readers find it among the event's sources. */
    static void namedSourcesAreCited(List<CitationInput> citations, List<Disagreement> disagreements) {
        java.util.Set<String> cited = new java.util.HashSet<>();
        citations.forEach(c -> cited.add(c.source().url()));
        for (Disagreement disagreement : disagreements) {
            for (String source : disagreement.sources()) {
                if (!cited.contains(source)) {
                    throw new InvalidInputException("disagreements", "The disagreement about ‘" + disagreement.topic()
                            + "’ names a source the event does not cite: " + source + " (cite it, or remove it from the disagreement)",
                            "form.refusal.disagreement.uncitedSource", disagreement.topic(), source);
                }
            }
        }
    }

    /** The links of an event as stored, ready to be edited and saved again. */
    public static EventLinks of(EventDetails event) {
        return new EventLinks(event.actors(),
                event.citations().stream().map(c -> new CitationInput(new SourceInput(c.source().url(), c.source().publisher(),
                        c.source().title(), c.source().publishedOn(), c.source().language(), c.source().archiveUrl()),
                        c.quote(), c.supports(), c.stance())).toList(),
                event.disagreements());
    }

    /** A source contradicts the event but nobody has said which reading the event uses and why. */
    public boolean unresolvedContradiction() {
        return disagreements.isEmpty() && citations.stream().anyMatch(c -> c.stance() == CitationStance.CONTRADICTS);
    }
}
