package org.annals;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step of a test as a named person with roles, so one test can play editor and reviewer in turn. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, String roles, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles.split(",")).map(r -> new SimpleGrantedAuthority("ROLE_" + r.strip())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, String roles, Runnable step) {
        as(username, roles, () -> {
            step.run();
            return null;
        });
    }
}
