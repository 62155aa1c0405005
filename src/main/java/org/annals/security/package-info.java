/** Accounts, roles and who may do what: Spring Security set up for Vaadin views and the public API. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: ui"})
@NullMarked
package org.annals.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
