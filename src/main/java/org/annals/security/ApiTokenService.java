package org.annals.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.annals.security.internal.ApiTokenHashes;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' API tokens, for automation (the import API): made with a name, shown once, listed by name and last
 * use, revoked. A token acts as its administrator, as long as the account is enabled and still an administrator.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ApiTokenService {

    /** Enough for every script a desk runs; a leaked account cannot mint tokens without end. */
    static final int MOST_ACTIVE = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public NewApiToken create(String name) {
        String label = PlainText.required("name", name, 100);
        String me = CurrentUser.name();
        // the account's row locked first: two tokens made at once are counted one after the other
        jdbc.sql("select id from app_user where username = ? for update").param(me).query(Long.class).optional();
        int active = jdbc.sql("select count(*) from api_token where username = ? and revoked_at is null").param(me)
                .query(Integer.class).single();
        if (active >= MOST_ACTIVE) {
            throw new InvalidInputException("name", "You have " + MOST_ACTIVE + " tokens in use, the most one account may "
                    + "have: revoke one you no longer need first", "admin.tokens.refusal.tooMany", MOST_ACTIVE);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = ApiTokenHashes.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = jdbc.sql("insert into api_token (username, name, token_hash, created_at) values (?, ?, ?, ?) returning id")
                .params(me, label, ApiTokenHashes.of(secret), java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return new NewApiToken(id, label, secret);
    }

    /** The signed-in administrator's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where username = ? "
                + "order by created_at desc, id desc limit 200").param(CurrentUser.name())
                .query((row, n) -> new ApiToken(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant()))
                .list();
    }

    /** Revokes one of the signed-in administrator's tokens: false when it is not theirs or was revoked already. */
    @Transactional
    public boolean revoke(long id) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), id, CurrentUser.name()).update() == 1;
    }
}
