package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventSort;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's bad input, through the import job: noise, a workbook, a file of one endless line, cells that would be
 * formulas. Each ends with a clear reason, stores nothing it should not, and leaves the server answering.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileImportJobsIT {

    private static final String DESK = "job-hostile";
    private static final String FORMULAS = "job-formulas";

    @Autowired
    ImportJobService jobs;
    @Autowired
    EventEditingService editing;

    @BeforeAll
    void desk(@Autowired TimelineService timelines) {
        SystemActor.run(() -> {
            timelines.create(new NewTimeline(FORMULAS, "Formulas", null, Visibility.PRIVATE));
            return timelines.create(new NewTimeline(DESK, "Hostile", null, Visibility.PRIVATE));
        });
    }

    @Test
    void five_megabytes_of_noise_are_refused_as_no_export_quoting_little_of_it() {
        byte[] noise = new byte[5 * 1024 * 1024];
        new Random(18).nextBytes(noise);
        noise[0] = 'x';

        ImportJob job = ended(upload("noise.csv", noise));

        assertThat(job.state()).isIn(ImportJobState.REFUSED);
        assertThat(job.error()).satisfiesAnyOf(e -> assertThat(e).contains("Not an ACLED export"),
                e -> assertThat(e).contains("not readable CSV"), e -> assertThat(e).contains("changes encoding"),
                e -> assertThat(e).contains("the most one row may hold"));
        assertThat(job.error().length()).isLessThan(1_000);
        assertThat(rows()).isZero();
    }

    @Test
    void a_workbook_named_csv_is_refused_saying_what_it_is() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0};

        ImportJob job = ended(upload("acled.csv", zip));

        assertThat(job.state()).isEqualTo(ImportJobState.REFUSED);
        assertThat(job.error()).contains("spreadsheet workbook");
    }

    @Test
    void one_endless_line_is_refused_with_a_short_reason() {
        byte[] line = ("a," + "b".repeat(8 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);

        ImportJob job = ended(upload("one-line.csv", line));

        assertThat(job.state()).isEqualTo(ImportJobState.REFUSED);
        assertThat(job.error()).isEqualTo("The row that starts on line 1 is longer than 1,048,576 characters, the most one "
                + "row may hold (a quote left open, or not a CSV file); nothing was imported.");
    }

    @Test
    void a_quote_left_open_is_refused_naming_its_line_before_the_rest_of_the_file_is_held_as_one_field() {
        String rows = AcledRows.generated(3, "Q-");
        // the third row's notes open a quote that nothing closes (its closing quote is lost): the rest of the file (9 MB) would be its one field
        String open = rows.lines().skip(3).findFirst().orElseThrow().replace("row 2.\",", "row 2.,");
        String csv = rows.lines().limit(3).collect(java.util.stream.Collectors.joining("\n", "", "\n")) + open + "\n"
                + "more text,\n".repeat(900_000);

        ImportJob job = ended(upload("open-quote.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(job.state()).isEqualTo(ImportJobState.REFUSED);
        assertThat(job.error()).startsWith("The row that starts on line 4 is longer than 1,048,576 characters");
        assertThat(rows()).isZero();
    }

    @Test
    void cells_that_would_be_formulas_are_text_and_stay_text_in_the_refused_rows_file() throws Exception {
        String csv = AcledRows.HEADER + "\n"
                + AcledRows.generated(1, "F-").lines().skip(1).findFirst().orElseThrow()
                        .replace("\"Shelling hit Town 0, damaging houses, row 0.\"", "\"=HYPERLINK(\"\"http://evil.example\"\")\"") + "\n"
                + "=1+1,not a date,2022,1,,,,,,,,,,,,,,,,,,,,,,,,,,,\n";

        ImportJob checked = ended(SignedIn.as("hostile-admin", "ADMIN", () -> jobs.startCsv(FORMULAS, "formulas.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))));
        assertThat(checked.state()).isEqualTo(ImportJobState.READY);
        assertThat(checked.rowsRefused()).isEqualTo(1);
        var refused = new java.io.ByteArrayOutputStream();
        SignedIn.as("hostile-admin", "ADMIN", () -> {
            try {
                jobs.writeRefusedRows(checked.id(), refused);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(refused.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow())
                .as("the id a spreadsheet would compute is guarded").startsWith("3,'=1+1,");
        waitDone(SignedIn.as("hostile-admin", "ADMIN", () -> jobs.confirm(checked.id())));
        assertThat(SystemActor.run(() -> editing.rows(FORMULAS, EventFilter.ALL, EventSort.DATE_ASC, 0, 10)))
                .singleElement().satisfies(row -> assertThat(SystemActor.run(() -> editing.get(row.id())).content().summary())
                        .as("kept as text, escaped for Markdown").contains("HYPERLINK"));
    }

    private void waitDone(ImportJob job) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> SignedIn.as("hostile-admin", "ADMIN", () -> jobs.job(job.id())).state() == ImportJobState.DONE);
    }

    private ImportJob upload(String name, byte[] file) {
        return SignedIn.as("hostile-admin", "ADMIN", () -> jobs.startCsv(DESK, name, new ByteArrayInputStream(file)));
    }

    private ImportJob ended(ImportJob job) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> SignedIn.as("hostile-admin", "ADMIN", () -> jobs.job(job.id())), j -> !j.state().running());
    }

    private int rows() {
        return SystemActor.run(() -> editing.rows(DESK, EventFilter.ALL, EventSort.DATE_ASC, 0, 10)).size();
    }
}
