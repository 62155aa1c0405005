package org.annals.event;

import java.util.Optional;

/**
 * What readers see of an event now, for discarding a pending correction. Implemented by the module that keeps the
 * readers' copy (publication), so this module needs no knowledge of it.
 */
public interface PublishedVersions {

    /** The event as readers see it now; empty when it has no readers' copy (never published, or merged away). */
    Optional<EventDetails> publishedVersion(EventId eventId);
}
