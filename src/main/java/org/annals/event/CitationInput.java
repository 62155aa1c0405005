package org.annals.event;

import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.annals.source.SourceInput;
import org.jspecify.annotations.Nullable;

/** A source cited for an event: the verbatim quote, what it supports, and whether it agrees with the event. */
public record CitationInput(SourceInput source, @Nullable String quote, @Nullable String supports, CitationStance stance) {

    public CitationInput {
        if (source == null) {
            throw new InvalidInputException("source", "A citation needs a source", "form.refusal.citation.source");
        }
        quote = PlainText.optional("quote", quote, 5000);
        supports = PlainText.optional("supports", supports, 500);
        stance = stance == null ? CitationStance.AGREES : stance;
    }
}
