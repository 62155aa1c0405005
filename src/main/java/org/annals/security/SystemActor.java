package org.annals.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (first administrator, demo accounts, the seed import) as the account "system", through the
 * same secured services a person uses, so no service needs a back door.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {
    }

    public static <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null, List.of(
                new SimpleGrantedAuthority("ROLE_" + Role.ADMIN_NAME),
                new SimpleGrantedAuthority("ROLE_" + Role.EDITOR_NAME),
                new SimpleGrantedAuthority("ROLE_" + Role.REVIEWER_NAME))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
