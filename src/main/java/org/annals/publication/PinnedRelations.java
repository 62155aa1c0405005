package org.annals.publication;

import java.util.List;

/**
 * The relations a pinned revision shows. {@code complete} is false when some event's revision of that moment was
 * made before relations were kept with revisions (V0025): relations from it to this event may then be missing.
 */
public record PinnedRelations(List<PinnedRelation> relations, boolean complete) {

    public PinnedRelations {
        relations = List.copyOf(relations);
    }
}
