package org.annals.timeline;

import org.annals.security.Role;

/** A person's role on one timeline. */
public record TimelineMember(String username, Role role) {
}
