package org.annals.source;

/** A source of one timeline, by its id: what events keep of the sources they cite. */
public record SourceId(long value) {
}
