package org.annals.importexport;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.IntegrationTest;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (no surefire pattern matches *Benchmark; bench/import-acled.sh runs it): imports generated ACLED exports
 * of growing size into fresh timelines through the app's import service, as the administrators' import page does, and
 * loads the same rows with PostgreSQL's COPY into a plain table of 31 text columns (the floor). Rows from
 * {@link AcledRows}. Writes target/bench/import-acled.md.
 */
@IntegrationTest
class AcledImportBenchmark {

    @Autowired
    TimelineImportService imports;
    @Autowired
    TimelineService timelines;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void imports_against_copy() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| rows | import s | rows/s | COPY s (floor) | import / COPY | events created |");
        lines.add("|---|---|---|---|---|---|");
        for (String size : System.getProperty("bench.rows", "1000,2000,4000").split(",")) {
            int n = Integer.parseInt(size.strip());
            String csv = AcledRows.generated(n, "B" + n + "-" + System.nanoTime() % 100000 + "-");
            String slug = "import-bench-" + n + "-" + System.nanoTime();
            SystemActor.run(() -> timelines.create(new NewTimeline(slug, "Import benchmark " + n, null, Visibility.PRIVATE)));
            long start = System.nanoTime();
            ImportReport report = SystemActor.run(() -> imports.importAcled(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), slug));
            double importSeconds = (System.nanoTime() - start) / 1e9;
            double copySeconds = copy(csv);
            lines.add(String.format("| %,d | %.1f | %,.0f | %.2f | %.0f× | %,d |", n, importSeconds, n / importSeconds,
                    copySeconds, importSeconds / copySeconds, report.eventsCreated()));
        }
        Path out = Path.of("target/bench/import-acled.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** The same rows loaded by COPY into a plain table of text columns: what PostgreSQL alone costs for them. */
    private double copy(String csv) {
        return jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table acled_floor (" + String.join(" text, ", AcledRows.HEADER.split(",")) + " text)");
            }
            long start = System.nanoTime();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy acled_floor from stdin with (format csv, header true)", new StringReader(csv));
            } catch (java.io.IOException e) {
                throw new java.sql.SQLException(e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (var statement = connection.createStatement()) {
                statement.execute("drop table acled_floor");
            }
            return seconds;
        });
    }
}
