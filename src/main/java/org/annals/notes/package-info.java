/**
 * Team annotations on events: notes on an event, one of its fields or a quoted passage, threads of replies with
 * @mentions, resolve and reopen, editors' notes that readers see, and each person's inbox. Audited with Envers.
 */
@ApplicationModule(allowedDependencies = {
        "shared", "shared :: ui", "security", "live", "history", "timeline", "event", "event :: spi", "source",
        "publication :: spi"})
@NullMarked
package org.annals.notes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
