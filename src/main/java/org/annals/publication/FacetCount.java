package org.annals.publication;

/** A value readers can filter on (an actor's name, a tag) and how many published events carry it. */
public record FacetCount(String value, int count) {
}
