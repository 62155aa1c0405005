package org.annals.publication;

import org.jspecify.annotations.Nullable;

/**
 * Where the words a reader searched for were found in one event, as PostgreSQL's full-text search matched them
 * (stems included): the headline, and an excerpt of the summary, quotes and actor names when the match is there.
 * Matches lie between {@link #START} and {@link #END}; the text is plain, never markup.
 */
public record SearchHighlight(String headline, @Nullable String excerpt) {

    public static final char START = '\u0001';
    public static final char END = '\u0002';

    public boolean headlineMatches() {
        return headline.indexOf(START) >= 0;
    }
}
