package org.annals.event;

import java.util.List;
import org.annals.source.SourceInput;

/** What an event points to besides its content: actors with roles, cited sources with quotes, and disagreements. */
public record EventLinks(List<ActorLink> actors, List<CitationInput> citations, List<Disagreement> disagreements) {

    public static final EventLinks NONE = new EventLinks(List.of(), List.of(), List.of());

    public EventLinks {
        actors = List.copyOf(actors);
        citations = List.copyOf(citations);
        disagreements = List.copyOf(disagreements);
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
