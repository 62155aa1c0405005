package org.annals.publication;

import org.annals.event.EventDetails;

/** An event exactly as published in one revision, and the number of its latest published revision. */
public record PinnedEvent(EventDetails event, PublishedRevision revision, int latestRevision) {

    public boolean isLatest() {
        return revision.number() >= latestRevision;
    }

    /** The permalink that keeps pointing at this revision's text. */
    public String permalinkPath() {
        return event.permalinkPath() + "?revision=" + revision.number();
    }
}
