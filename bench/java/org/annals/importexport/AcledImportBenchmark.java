package org.annals.importexport;

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
    @Autowired
    ImportJobService jobs;

    @Test
    void imports_against_copy() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| rows | file MB | path | import s | rows/s | COPY s (floor) | import / COPY | events created | JVM peak RSS MB |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (String size : System.getProperty("bench.rows", "1000,2000,4000").split(",")) {
            int n = Integer.parseInt(size.strip());
            Path file = Files.createTempFile("acled-bench-", ".csv");
            try {
                AcledRows.write(n, "B" + n + "-" + System.nanoTime() % 100000 + "-", file);
                String slug = "import-bench-" + n + "-" + System.nanoTime();
                SystemActor.run(() -> timelines.create(new NewTimeline(slug, "Import benchmark " + n, null, Visibility.PRIVATE)));
                long start = System.nanoTime();
                ImportReport report = SystemActor.run(() -> importFrom(file, slug));
                double importSeconds = (System.nanoTime() - start) / 1e9;
                double copySeconds = copy(file);
                lines.add(String.format("| %,d | %.1f | service, one request | %.1f | %,.0f | %.2f | %.1f× | %,d | %,d |", n,
                        Files.size(file) / 1e6, importSeconds, n / importSeconds, copySeconds, importSeconds / copySeconds,
                        report.eventsCreated(), peakRssMegabytes()));
                // the same file as the import page runs it: kept, checked, confirmed, imported in the background
                String jobSlug = slug + "-job";
                SystemActor.run(() -> timelines.create(new NewTimeline(jobSlug, "Import job benchmark " + n, null, Visibility.PRIVATE)));
                long jobStart = System.nanoTime();
                ImportJob job;
                try (var in = Files.newInputStream(file)) {
                    job = SystemActor.run(() -> jobs.startCsv(jobSlug, file.getFileName().toString(), in));
                }
                ImportJob checked = until(job.id(), ImportJobState.READY);
                double checkSeconds = (System.nanoTime() - jobStart) / 1e9;
                SystemActor.run(() -> jobs.confirm(checked.id()));
                ImportJob done = until(job.id(), ImportJobState.DONE);
                double jobSeconds = (System.nanoTime() - jobStart) / 1e9;
                lines.add(String.format("| %,d | %.1f | job: kept and checked in %.1f s, then imported | %.1f | %,.0f | %.2f | %.1f× | %,d | %,d |",
                        n, Files.size(file) / 1e6, checkSeconds, jobSeconds, n / jobSeconds, copySeconds,
                        jobSeconds / copySeconds, done.eventsCreated(), peakRssMegabytes()));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        Path out = Path.of("target/bench/import-acled.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private ImportJob until(long id, ImportJobState state) {
        ImportJob now = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(30))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> SystemActor.run(() -> jobs.job(id)), job -> job.state() == state || !job.state().running());
        if (now.state() != state) {
            throw new IllegalStateException("import job ended " + now.state() + ": " + now.error());
        }
        return now;
    }

    /** As the import page hands it over: the upload's bytes as a stream. */
    private ImportReport importFrom(Path file, String slug) {
        try (var in = Files.newInputStream(file)) {
            return imports.importAcled(in, slug);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The most memory this JVM (the app's whole Spring context included) has held since it started. */
    private static long peakRssMegabytes() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    /** The same rows loaded by COPY into a plain table of text columns: what PostgreSQL alone costs for them. */
    private double copy(Path csv) {
        return jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table acled_floor (" + String.join(" text, ", AcledRows.HEADER.split(",")) + " text)");
            }
            long start = System.nanoTime();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy acled_floor from stdin with (format csv, header true)", Files.newBufferedReader(csv));
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
