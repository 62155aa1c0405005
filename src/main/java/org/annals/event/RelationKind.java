package org.annals.event;

/** How one event relates to another; each reads one way from the first event and the other way back. */
public enum RelationKind {
    PART_OF("is part of", "includes"),
    FOLLOWS("follows", "is followed by"),
    CAUSED_BY("was caused by", "led to"),
    CONTRADICTS("contradicts", "is contradicted by"),
    DUPLICATE_OF("duplicates", "absorbed the duplicate");

    private final String forward;
    private final String backward;

    RelationKind(String forward, String backward) {
        this.forward = forward;
        this.backward = backward;
    }

    public String label(boolean outgoing) {
        return outgoing ? forward : backward;
    }
}
