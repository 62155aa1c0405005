package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Outage or fault: what decides between "try again shortly" (503) and "something went wrong" everywhere. */
class DatabaseUnavailableTest {

    @Test
    void a_pool_that_cannot_hand_out_a_connection_is_an_outage() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");
        assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException("Could not open JPA EntityManager", timeout)))
                .isTrue();
    }

    @Test
    void a_lost_connection_hidden_under_a_failed_rollback_is_an_outage() {
        var io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var rollback = new TransactionSystemException("Unable to rollback against JDBC Connection",
                new RuntimeException("wrapped", io));
        assertThat(DatabaseUnavailable.is(rollback)).isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void faults_of_the_query_or_the_data_are_not_outages() {
        assertThat(DatabaseUnavailable.is(new QueryTimeoutException("canceling statement due to user request",
                new SQLException("canceling statement", "57014")))).isFalse();
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("no"))).isFalse();
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        var looping = new RuntimeException("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertThat(DatabaseUnavailable.is(looping)).isFalse();
    }
}
