/**
 * Live changes across app instances: small notices sent through PostgreSQL NOTIFY and received by every instance on
 * one dedicated LISTEN connection, fanned out in process; and who is looking at or typing in what right now.
 * Vaadin-free: views subscribe and push to their browsers themselves.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.annals.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
