package org.annals;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backup procedure in the README, run as written: {@code pg_dump --format=custom} of the live database, restored
 * with {@code pg_restore} into an empty one. Every table (the timelines, their events, the full Envers history, notes,
 * accounts, the readers' copy, Flyway's own record) and every sequence comes back identical. The dump is taken from
 * the same snapshot the comparison reads, so work the app does meanwhile cannot blur the result.
 */
@IntegrationTest
class BackupRestoreIT {

    private static final String RESTORED = "annals_test_restored";

    @Autowired
    DataSource dataSource;

    /** Each table's rows (as text, sorted) and each sequence's position, hashed. */
    private static Map<String, String> contents(Connection db) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select quote_ident(table_name) from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*), "
                    + "md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from " + table + " t")) {
                r.next();
                contents.put(table, r.getLong(1) + " rows " + r.getString(2));
            }
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
            while (r.next()) {
                contents.put("sequence " + r.getString(1), String.valueOf(r.getObject(2)));
            }
        }
        return contents;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(finished && process.exitValue() == 0).as(String.join(" ", command) + "\n" + output).isTrue();
    }

    @Test
    void a_dump_restored_into_an_empty_database_gives_back_every_table_and_its_full_history() throws Exception {
        URI url = URI.create(dataSource.unwrap(HikariDataSource.class).getJdbcUrl().substring("jdbc:".length()));
        String host = url.getHost();
        String port = String.valueOf(url.getPort());
        String database = url.getPath().substring(1);
        Path dump = Files.createTempFile("annals-backup", ".dump");
        Map<String, String> original;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select pg_export_snapshot()")) {
                r.next();
                snapshot = r.getString(1);
            }
            original = contents(db);
            // the README's command, from the snapshot just read
            run(List.of("pg_dump", "--format=custom", "--no-owner", "--snapshot=" + snapshot, "-h", host, "-p", port,
                    "-U", "postgres", "-d", database, "-f", dump.toString()));
            db.rollback();
        }
        assertThat(original).containsKeys("timeline", "timeline_event", "timeline_event_aud", "revinfo",
                "flyway_schema_history");
        assertThat(original.get("timeline_event_aud")).doesNotStartWith("0 rows");

        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                "postgres", "")) {
            try (Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + RESTORED + " with (force)");
                s.execute("create database " + RESTORED);
            }
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "-h", host, "-p", port, "-U", "postgres", "-d",
                    RESTORED, dump.toString()));
            try (Connection restored = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/"
                    + RESTORED, "postgres", "")) {
                assertThat(contents(restored)).isEqualTo(original);
            }
            try (Statement s = admin.createStatement()) {
                s.execute("drop database " + RESTORED + " with (force)");
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }
}
