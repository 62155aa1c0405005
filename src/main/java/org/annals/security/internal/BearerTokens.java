package org.annals.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in as the administrator whose API token it carries ({@code Authorization: Bearer annals_…}): the
 * token must be known, not revoked, and its account enabled; the account's roles now are the request's (an account
 * that stopped being an administrator is refused by the chain). Nothing else is read: no session, no cookie.
 */
public final class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy security;
    private final Clock clock = Clock.systemUTC();

    public BearerTokens(JdbcClient jdbc, SecurityContextHolderStrategy security) {
        this.jdbc = jdbc;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()) && header.length() < 200) {
            authenticate(header.substring(BEARER.length()).strip()).ifPresent(authentication -> {
                SecurityContext context = security.createEmptyContext();
                context.setAuthentication(authentication);
                security.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            security.clearContext();
        }
    }

    private Optional<Authentication> authenticate(String token) {
        if (!token.startsWith(ApiTokenHashes.PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select t.id, u.username, u.roles from api_token t join app_user u on u.username = t.username
                where t.token_hash = ? and t.revoked_at is null and u.enabled""").param(ApiTokenHashes.of(token))
                .query((row, n) -> {
                    long id = row.getLong(1);
                    String[] roles = (String[]) row.getArray(3).getArray();
                    // when it was last used, to the minute: a script polling every second writes once a minute
                    java.time.Instant now = clock.instant();
                    jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                            .params(Timestamp.from(now), id, Timestamp.from(now.minusSeconds(60))).update();
                    return (Authentication) UsernamePasswordAuthenticationToken.authenticated(row.getString(2), null,
                            java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
                })
                .optional();
    }
}
