package org.annals.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
            Optional<Authentication> signedIn;
            try {
                signedIn = authenticate(header.substring(BEARER.length()).strip());
            } catch (org.springframework.dao.DataAccessException e) {
                // the database does not answer: the client should wait and retry, not read a server fault
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"title\":\"Service unavailable\",\"status\":503,"
                        + "\"detail\":\"The database did not answer; try again shortly\"}");
                return;
            }
            signedIn.ifPresent(authentication -> {
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
        Optional<Holder> holder = jdbc.sql("""
                select t.id, u.username, u.roles from api_token t join app_user u on u.username = t.username
                where t.token_hash = ? and t.revoked_at is null and u.enabled""").param(ApiTokenHashes.of(token))
                .query((row, n) -> new Holder(row.getLong(1), row.getString(2), (String[]) row.getArray(3).getArray()))
                .optional();
        holder.ifPresent(found -> {
            // when it was last used, to the minute: a script polling every second writes once a minute
            Instant now = clock.instant();
            jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                    .params(Timestamp.from(now), found.tokenId(), Timestamp.from(now.minusSeconds(60))).update();
        });
        return holder.map(found -> UsernamePasswordAuthenticationToken.authenticated(found.username(), null,
                java.util.Arrays.stream(found.roles()).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }

    private record Holder(long tokenId, String username, String[] roles) {
    }
}
