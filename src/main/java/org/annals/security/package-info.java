/** Accounts, roles and who may do what: Spring Security set up for Vaadin views and the public API. */
@NullMarked
package org.annals.security;

import org.jspecify.annotations.NullMarked;
