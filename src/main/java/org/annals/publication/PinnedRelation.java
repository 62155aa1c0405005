package org.annals.publication;

import org.annals.event.EventRelation;
import org.annals.event.Permalinks;

/**
 * A relation as a pinned revision shows it: the event at the other end as published when that revision was
 * ({@code otherRevision}), so a reader can follow it and stay in that moment.
 */
public record PinnedRelation(EventRelation relation, int otherRevision) {

    /** The other event's permalink pinned to its revision of that moment. */
    public String otherPermalinkPath(String timelineSlug) {
        return Permalinks.revision(timelineSlug, relation.otherSlug(), otherRevision);
    }
}
