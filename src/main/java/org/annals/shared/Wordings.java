package org.annals.shared;

import java.util.List;

/**
 * Several sentences read as one value of a refusal (the problems of an import, one per line): each is read in the
 * screen's language, then joined with the separator.
 */
public record Wordings(List<Wording> items, String separator) {

    public Wordings {
        items = List.copyOf(items);
    }

    /** The sentences in English, joined: what logs and the API show. */
    public String english() {
        return String.join(separator, items.stream().map(Wording::english).toList());
    }
}
