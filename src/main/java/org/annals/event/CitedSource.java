package org.annals.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A source of a timeline as its sources screen lists it: how many events cite it, and whether another source of the
 * timeline has the same address written differently (http or https, "www.", a final slash, a fragment, tracking
 * parameters) — a likely duplicate.
 */
public record CitedSource(long sourceId, String url, @Nullable String publisher, @Nullable String title,
        @Nullable LocalDate publishedOn, int citingEvents, int sameAddress) {

    public boolean possibleDuplicate() {
        return sameAddress > 1;
    }
}
