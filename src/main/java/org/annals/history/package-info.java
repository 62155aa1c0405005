/** Who changed what and when: the Envers revision that every audited change belongs to. */
@ApplicationModule(allowedDependencies = {"shared", "security"})
@NullMarked
package org.annals.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
