package org.annals.event;

/** A relation an imported event states to another event of the same file, named by that event's ref. */
public record ImportedRelation(RelationKind kind, String ref) {
}
