package org.annals.event;

import java.util.Map;
import java.util.Optional;

/**
 * What readers see of an event now, for discarding a pending correction, and the public numbers of its published
 * revisions, for its history. Implemented by the module that keeps the
 * readers' copy (publication), so this module needs no knowledge of it.
 */
public interface PublishedVersions {

    /** The event as readers see it now; empty when it has no readers' copy (never published, or merged away). */
    Optional<EventDetails> publishedVersion(EventId eventId);

    /** Which public revision number each of the event's history revisions was published as (history → public). */
    Map<Long, Integer> publicRevisions(EventId eventId);
}
