/**
 * What readers get: the readers' copy of each published event (its stored JSON, day counts, pinned revisions and
 * their relations, the corrections log) and the one query every public surface reads through. Written only by
 * listening to the event module's domain events inside the publishing transaction.
 */
@ApplicationModule(allowedDependencies = {"shared", "timeline", "event", "source", "publication :: spi"})
@NullMarked
package org.annals.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
