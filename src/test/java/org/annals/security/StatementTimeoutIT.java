package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.annals.IntegrationTest;
import org.annals.shared.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No request waits on one database statement longer than 30 s (the README's production checklist): both ways the app
 * talks to PostgreSQL carry the limit, and the driver really cancels a statement that passes it. A statement that
 * was cut off is a slow query, not an outage: it must not be told as "the database is away".
 */
@IntegrationTest
class StatementTimeoutIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory jpa;

    @Test
    void every_statement_is_limited_to_thirty_seconds() {
        assertThat(jdbc.getQueryTimeout()).isEqualTo(30);
        assertThat(jpa.getProperties()).containsEntry("jakarta.persistence.query.timeout", "30000");
    }

    @Test
    void a_statement_past_its_limit_is_cancelled_by_the_database_and_is_not_called_an_outage() {
        JdbcTemplate impatient = new JdbcTemplate(jdbc.getDataSource());
        impatient.setQueryTimeout(1);
        Instant start = Instant.now();

        assertThatThrownBy(() -> impatient.queryForObject("select pg_sleep(20)", String.class))
                .isInstanceOf(QueryTimeoutException.class)
                .satisfies(e -> assertThat(DatabaseUnavailable.is(e)).isFalse());
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(jdbc.queryForObject("select 1", Integer.class)).isEqualTo(1); // the pool's connection still works
    }
}
