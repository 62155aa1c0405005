package org.annals.event;

/** A relation seen from one event: its kind, its direction, and the event at the other end. */
public record EventRelation(long id, RelationKind kind, boolean outgoing, EventId otherId, String otherSlug,
        String otherHeadline) {

    /** "is part of", "includes", "follows", "is followed by"… */
    public String label() {
        return kind.label(outgoing);
    }
}
