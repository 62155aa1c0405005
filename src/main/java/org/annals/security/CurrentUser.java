package org.annals.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of whoever the current request or task runs as; services record it as the author of changes. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("No one is signed in");
        }
        return authentication.getName();
    }

    /** The desk roles ("EDITOR", "REVIEWER", …) of whoever the current request runs as. */
    public static java.util.List<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return java.util.List.of();
        }
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).distinct().toList();
    }
}
