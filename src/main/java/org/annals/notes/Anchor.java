package org.annals.notes;

import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Where a note is attached. A citation is named by its source's URL, which stays the same across saves (citation
 * rows are rewritten on every save, so their ids do not). A passage is a {@link TextQuote} of the summary or of a
 * citation's quote.
 */
public record Anchor(AnchorTarget target, @Nullable String citationUrl, @Nullable TextQuote quote) {

    public static final Anchor EVENT = new Anchor(AnchorTarget.EVENT, null, null);

    public Anchor {
        if (target == null) {
            throw new InvalidInputException("anchor", "Say what the note is about", "notes.refusal.anchor");
        }
        citationUrl = citationUrl == null || citationUrl.isBlank() ? null : citationUrl.strip();
        switch (target) {
            case EVENT, DATE, PLACE -> {
                citationUrl = null;
                quote = null;
            }
            case CITATION -> {
                if (citationUrl == null) {
                    throw new InvalidInputException("anchor", "Choose the citation the note is about", "notes.refusal.anchorCitation");
                }
            }
            case SUMMARY -> {
                citationUrl = null;
                if (quote == null) {
                    throw new InvalidInputException("quote", "Select the passage of the summary the note is about", "notes.refusal.anchorSummary");
                }
            }
        }
    }

    public static Anchor field(AnchorTarget target) {
        return new Anchor(target, null, null);
    }

    public static Anchor citation(String url, @Nullable String passage) {
        return new Anchor(AnchorTarget.CITATION, url, TextQuote.ofNullable(passage));
    }

    public static Anchor summary(String passage) {
        return new Anchor(AnchorTarget.SUMMARY, null, TextQuote.of(passage));
    }
}
