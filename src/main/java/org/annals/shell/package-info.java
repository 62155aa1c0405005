/** The frame of the signed-in application: the main layout with its menu built from views' @Menu, and error pages. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: ui", "security"})
@NullMarked
package org.annals.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
