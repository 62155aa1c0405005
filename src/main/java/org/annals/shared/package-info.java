/** Feature-free building blocks every module may use: the uncertain-date model, geo points, safe text, errors. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.annals.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
