/**
 * The core: timeline events with honest dates, places, actors, types, tags, citations and the disagreements between
 * sources; their editing and review workflow, and the domain events that announce every change.
 */
@ApplicationModule(allowedDependencies = {
        "shared", "shared :: ui", "security", "live", "history", "timeline", "source"})
@NullMarked
package org.annals.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
