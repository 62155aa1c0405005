/**
 * Moving timelines in and out: the Annals JSON import (validate everything, then commit through the other modules'
 * services, idempotently) and the seed loader that uses it for the first timeline.
 */
@ApplicationModule(allowedDependencies = {
        "shared", "shared :: ui", "security", "history", "timeline", "event", "event :: spi", "publication", "source"})
@NullMarked
package org.annals.importexport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
