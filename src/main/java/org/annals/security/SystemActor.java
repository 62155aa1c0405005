package org.annals.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs start-up work (first administrator, demo accounts, the seed import) as the account "system", through the
 * same secured services a person uses, so no service needs a back door.
 */
public final class SystemActor {

    public static final String NAME = "system";

    private SystemActor() {
    }

    public static <T> T run(Supplier<T> work) {
        return run(SecurityContextHolder.getContextHolderStrategy(), work);
    }

    /**
     * As {@link #run(Supplier)}, through the given holder strategy: pass the application context's
     * {@code SecurityContextHolderStrategy} bean (the one its method security reads) from long-lived background work,
     * so it holds also where several application contexts share one JVM (as two instances do in the tests).
     */
    public static <T> T run(SecurityContextHolderStrategy holder, Supplier<T> work) {
        return as(holder, NAME, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN_NAME),
                new SimpleGrantedAuthority("ROLE_" + Role.EDITOR_NAME),
                new SimpleGrantedAuthority("ROLE_" + Role.REVIEWER_NAME)), work);
    }

    /**
     * Runs background work an administrator started (an import they uploaded and confirmed) as that administrator, so
     * its history names them; the caller has checked that an administrator did start it.
     */
    public static <T> T onBehalfOfAdministrator(SecurityContextHolderStrategy holder, String username, Supplier<T> work) {
        return as(holder, username, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN_NAME)), work);
    }

    /**
     * Runs background work a person started (a bulk review of many events) as that person with the roles they had
     * when they started it, so each event's own rules (timeline roles, the four-eyes rule) and its history name them;
     * the caller kept the roles from the person's own sign-in.
     */
    public static <T> T onBehalfOf(SecurityContextHolderStrategy holder, String username, List<String> roles, Supplier<T> work) {
        return as(holder, username, roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), work);
    }

    private static <T> T as(SecurityContextHolderStrategy holder, String name, List<SimpleGrantedAuthority> roles,
            Supplier<T> work) {
        SecurityContext previous = holder.getContext();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, roles));
        // code that reads the static holder (e.g. per-timeline checks) sees the same identity
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previousGlobal = global.getContext();
        holder.setContext(context);
        global.setContext(context);
        try {
            return work.get();
        } finally {
            global.setContext(previousGlobal);
            holder.setContext(previous);
        }
    }
}
