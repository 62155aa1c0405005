/**
 * Everything readers see without an account: the public timeline pages, event permalinks and the read API (v1),
 * all over published data only.
 */
@ApplicationModule(allowedDependencies = {
        "shared", "shared :: ui", "timeline", "publication", "publication :: spi", "event", "event :: spi", "source"})
@NullMarked
package org.annals.reader;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
