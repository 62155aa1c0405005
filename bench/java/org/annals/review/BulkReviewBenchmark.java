package org.annals.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.Teams;
import org.annals.event.EventFilter;
import org.annals.importexport.AcledRows;
import org.annals.importexport.TimelineImportService;
import org.annals.security.AccountService;
import org.annals.security.SystemActor;
import org.annals.timeline.TimelineService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (no surefire pattern matches *Benchmark; bench/bulk-review.sh runs it): an import's drafts submitted by an
 * editor and approved by a reviewer as whole lists in the background (BulkReviewJobs), each event through its own
 * review step, against the floor — the same status change as one set-based UPDATE of a copy of the rows in
 * PostgreSQL. Writes target/bench/bulk-review.md.
 */
@IntegrationTest
class BulkReviewBenchmark {

    @Autowired
    TimelineImportService imports;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    BulkReviewJobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whole_lists_against_one_update() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| events | step | job s | events/s | UPDATE s (floor) | job / UPDATE |");
        lines.add("|---|---|---|---|---|---|");
        for (String size : System.getProperty("bench.events", "2000").split(",")) {
            int n = Integer.parseInt(size.strip());
            String slug = "bulk-bench-" + n + "-" + System.nanoTime() % 1_000_000;
            Teams.on(timelines, accounts, slug, "bulk-bench-ed:EDITOR", "bulk-bench-rita:REVIEWER");
            Path file = Files.createTempFile("bulk-bench-", ".csv");
            try {
                AcledRows.write(n, "R" + n + "-" + System.nanoTime() % 100000 + "-", file);
                try (var in = Files.newInputStream(file)) {
                    SystemActor.run(() -> imports.importAcled(in, slug));
                }
            } finally {
                Files.deleteIfExists(file);
            }
            double submit = run(() -> SignedIn.as("bulk-bench-ed", "EDITOR", () -> jobs.submitAll(slug, EventFilter.ALL, "Benchmark batch")),
                    "bulk-bench-ed", "EDITOR", n);
            double floorSubmit = floor(slug, "IN_REVIEW");
            lines.add(String.format("| %,d | submit | %.1f | %,.0f | %.3f | %,.0f× |", n, submit, n / submit, floorSubmit, submit / floorSubmit));
            double approve = run(() -> SignedIn.as("bulk-bench-rita", "REVIEWER", () -> jobs.approveAll(slug, EventFilter.ALL, null)),
                    "bulk-bench-rita", "REVIEWER", n);
            double floorApprove = floor(slug, "PUBLISHED");
            lines.add(String.format("| %,d | approve | %.1f | %,.0f | %.3f | %,.0f× |", n, approve, n / approve, floorApprove, approve / floorApprove));
        }
        Path out = Path.of("target/bench/bulk-review.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    /** Starts the job and waits for it: its seconds from start to done (every event changed, or it fails). */
    private double run(java.util.function.Supplier<BulkReviewJob> start, String user, String roles, int n) {
        long began = System.nanoTime();
        BulkReviewJob job = start.get();
        BulkReviewJob done = Awaitility.await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> SignedIn.as(user, roles, () -> jobs.job(job.id())), j -> !j.running());
        if (done.state() != BulkReviewJob.State.DONE || done.changed() != n) {
            throw new IllegalStateException("bulk review job ended " + done.state() + " with " + done.changed() + " of " + n
                    + " changed: " + done.outcomes().stream().limit(3).toList());
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /** The same status change as one UPDATE of a copy of the timeline's rows: what PostgreSQL alone costs for it. */
    private double floor(String slug, String status) {
        jdbc.execute("create temp table review_floor as select e.* from timeline_event e join timeline t on t.id = e.timeline_id"
                + " where t.slug = '" + slug.replace("'", "") + "'");
        long start = System.nanoTime();
        jdbc.update("update review_floor set status = ?, version = version + 1", status);
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.execute("drop table review_floor");
        return seconds;
    }

}
