/** Timelines: the curated collections of events, each public or private. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: ui", "security", "history"})
@NullMarked
package org.annals.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
