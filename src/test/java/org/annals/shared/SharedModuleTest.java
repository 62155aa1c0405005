package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.ZoneOffset;
import org.annals.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The shared module alone: it chooses the database (here the test profile's own, recreated), migrates it, waits
 * seconds rather than half a minute for a connection, and gives every module one UTC clock.
 */
@ApplicationModuleTest
@ModuleTestDatabase
class SharedModuleTest {

    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void the_configured_database_is_chosen_migrated_and_fails_fast_when_away() {
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("annals_test_modules");
        assertThat(jdbc.sql("select max(version::int) from flyway_schema_history where success").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(28);
        assertThat(dataSource.getConnectionTimeout()).isLessThanOrEqualTo(5_000);
    }

    @Test
    void every_module_reads_one_utc_clock() {
        assertThat(clock.getZone().normalized()).isEqualTo(ZoneOffset.UTC);
    }
}
