package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventHistoryService;
import org.annals.event.EventRow;
import org.annals.notes.InboxItem;
import org.annals.notes.InboxKind;
import org.annals.notes.InboxService;
import org.annals.event.EventSort;
import org.annals.security.SystemActor;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: imports as background jobs — checked first (new, already present, refused rows with their reasons; nothing
 * stored), imported only when an administrator says so, all at once, with the file's name in the history; a job queued
 * while no instance runs jobs is done when one starts.
 */
@IntegrationTest
class ImportJobsIT {

    private static final String ADMIN = "import-admin";

    @Autowired
    ImportJobService jobs;
    @Autowired
    ImportJobRunner runner;
    @Autowired
    TimelineService timelines;
    @Autowired
    EventEditingService editing;
    @Autowired
    EventHistoryService history;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    InboxService inbox;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Test
    void a_checked_file_reports_its_rows_imports_the_good_ones_when_confirmed_and_a_second_upload_finds_them_there() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-desk", "Job desk", null, Visibility.PRIVATE)));
        String rows = AcledRows.generated(300, "JOB-");
        // one row with an impossible date and one empty line, as spreadsheets leave them
        String csv = rows + rows.lines().skip(1).findFirst().orElseThrow().replace("JOB-0,2022-03-01", "JOB-X,2022-02-30") + "\n"
                + ",".repeat(30) + "\n";

        ImportJob checked = waitFor(upload("job-desk", "acled-ukraine.csv", csv), ImportJobState.READY);

        assertThat(checked.rowsTotal()).isEqualTo(302);
        assertThat(checked.rowsNew()).isEqualTo(300);
        assertThat(checked.rowsPresent()).isZero();
        assertThat(checked.rowsRefused()).isEqualTo(2);
        assertThat(checked.problems()).hasSize(2).anyMatch(p -> p.startsWith("row 302 (JOB-X)") && p.contains("2022-02-30"))
                .anyMatch(p -> p.startsWith("row 303") && p.contains("empty"));
        assertThat(checked.problemWordings()).as("kept as sentences, so a Ukrainian desk reads them in Ukrainian").hasSize(2)
                .allSatisfy(problem -> {
                    String ukrainian = i18n.getTranslation(problem.key(),
                            java.util.Locale.of("uk"), problem.args().toArray());
                    assertThat(ukrainian).isNotBlank().isNotEqualTo(problem.english()).doesNotStartWith("!")
                            .containsPattern("[а-яіїєґ]");
                });
        assertThat(checked.createdBy()).isEqualTo(ADMIN);
        var refused = new java.io.ByteArrayOutputStream();
        SignedIn.as(ADMIN, "ADMIN", () -> {
            try {
                jobs.writeRefusedRows(checked.id(), refused);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(refused.toString(StandardCharsets.UTF_8).lines().toList()).satisfies(lines -> {
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("\uFEFFline,event_id_cnty,reason");
            assertThat(lines.get(1)).startsWith("302,JOB-X,").contains("2022-02-30");
            assertThat(lines.get(2)).startsWith("303,,").contains("the row is empty");
        });
        assertThat(rows("job-desk")).as("nothing stored by the check").isZero();

        ImportJob done = waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);

        assertThat(done.eventsCreated()).isEqualTo(300);
        assertThat(done.confirmedBy()).isEqualTo(ADMIN);
        assertThat(rows("job-desk")).isEqualTo(300);
        EventRow first = SystemActor.run(() -> editing.rows("job-desk", EventFilter.ALL, EventSort.DATE_ASC, 0, 1)).getFirst();
        var revisions = SystemActor.run(() -> history.revisions(first.id()));
        assertThat(revisions).hasSize(1);
        assertThat(revisions.getFirst().entry().message()).isEqualTo("Imported from acled-ukraine.csv (import " + done.id() + ")");
        assertThat(revisions.getFirst().entry().author()).isEqualTo(ADMIN);
        assertThatThrownBy(() -> SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not waiting");

        ImportJob again = waitFor(upload("job-desk", "acled-ukraine.csv", csv), ImportJobState.READY);
        assertThat(again.rowsNew()).isZero();
        assertThat(again.rowsPresent()).isEqualTo(300);
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> jobs.discard(again.id())).state()).isEqualTo(ImportJobState.DISCARDED);
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> jobs.recent(10))).extracting(ImportJob::id).contains(done.id(), again.id());
    }

    @Test
    void a_file_that_is_no_export_is_refused_saying_why_and_stores_nothing() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-refused", "Refused", null, Visibility.PRIVATE)));

        ImportJob refused = waitFor(upload("job-refused", "notes.csv", "name,comment\nKyiv,hello\n"), ImportJobState.REFUSED);

        assertThat(refused.error()).contains("Not an ACLED export").contains("event_id_cnty");
        assertThat(rows("job-refused")).isZero();
    }

    @Test
    void a_job_queued_while_no_instance_runs_jobs_is_checked_once_one_starts() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-restart", "Restart", null, Visibility.PRIVATE)));
        runner.stop();
        ImportJob queued;
        try {
            queued = upload("job-restart", "later.csv", AcledRows.generated(20, "LATER-"));
            assertThat(SignedIn.as(ADMIN, "ADMIN", () -> jobs.job(queued.id())).state()).isEqualTo(ImportJobState.CHECKING);
        } finally {
            runner.start();
        }
        assertThat(waitFor(queued, ImportJobState.READY).rowsNew()).isEqualTo(20);
    }

    @Test
    void a_row_changed_upstream_updates_its_untouched_event_and_leaves_one_editors_changed_telling_them_what_changed() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-changes", "Changes", null, Visibility.PRIVATE)));
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(waitFor(upload("job-changes", "week-1.csv",
                AcledRows.generated(5, "CH-")), ImportJobState.READY).id())), ImportJobState.DONE);
        EventDetails edited = event("job-changes", "acled:CH-1");
        SignedIn.as("ch-editor", "ADMIN", () -> editing.update(edited.id(), edited.version(), new EventContent("Shelling of Town 7, as an editor put it",
                edited.content().summary(), edited.content().start(), edited.content().end(), edited.content().dateNote(),
                edited.content().place(), edited.content().types(), edited.content().tags(), edited.content().confidence(),
                edited.content().data())));
        // the next week's export: rows 1 and 2 say more, row 5 is new
        String week2 = AcledRows.generated(6, "CH-").replace("row 1.\"", "row 1, revised.\"").replace("row 2.\"", "row 2, revised.\"");

        ImportJob checked = waitFor(upload("job-changes", "week-2.csv", week2), ImportJobState.READY);

        assertThat(List.of(checked.rowsNew(), checked.rowsPresent(), checked.rowsChanged(), checked.rowsRefused()))
                .containsExactly(1, 3, 2, 0);
        assertThat(checked.changes()).containsExactlyInAnyOrder("acled:CH-1: changed upstream and edited here; left as it is, its editors told",
                "acled:CH-2: changed upstream; the import updates it");
        assertThat(event("job-changes", "acled:CH-2").content().summary()).as("nothing changed by the check").doesNotContain("revised");

        ImportJob done = waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);

        assertThat(List.of(done.eventsCreated(), done.eventsUpdated(), done.eventsKept())).containsExactly(1, 1, 1);
        assertThat(SystemActor.run(() -> editing.rows("job-changes", EventFilter.ALL.addedBy(done.revision()), EventSort.DATE_ASC, 0, 10)))
                .as("the events this import added, not the ones it updated").singleElement()
                .satisfies(row -> assertThat(SystemActor.run(() -> editing.get(row.id())).externalRef()).isEqualTo("acled:CH-5"));
        assertThat(SystemActor.run(() -> editing.count("job-changes", EventFilter.ALL.addedBy(done.revision() - 1_000_000))))
                .isZero();
        EventDetails updated = event("job-changes", "acled:CH-2");
        assertThat(updated.content().summary()).contains("row 2, revised.");
        assertThat(SystemActor.run(() -> history.revisions(updated.id()))).hasSize(2).extracting(r -> r.entry().message())
                .contains("Imported from week-2.csv (import " + done.id() + ")");
        EventDetails kept = event("job-changes", "acled:CH-1");
        assertThat(kept.content().headline()).isEqualTo("Shelling of Town 7, as an editor put it");
        assertThat(kept.content().summary()).doesNotContain("revised");
        List<InboxItem> told = SignedIn.as("ch-editor", "ADMIN", () -> inbox.items(10));
        assertThat(told).as("the editor who changed it hears what the row now says, not their own change").singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(InboxKind.SOURCE_ROW_CHANGED);
                    assertThat(item.eventId()).isEqualTo(kept.id().value());
                    assertThat(item.actor()).isEqualTo(ADMIN);
                    assertThat(item.excerpt()).startsWith("Row acled:CH-1 changed upstream: Summary: ")
                            .contains("row 1, revised.").doesNotContain("Headline:").endsWith("Edited here: Headline");
                });
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> inbox.items(10))).as("the importer is not told of their own import").isEmpty();

        ImportJob again = waitFor(upload("job-changes", "week-2.csv", week2), ImportJobState.READY);
        assertThat(List.of(again.rowsNew(), again.rowsPresent(), again.rowsChanged())).as("the update is now what the file says")
                .containsExactly(0, 5, 1);
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(again.id())), ImportJobState.DONE);
        assertThat(SignedIn.as("ch-editor", "ADMIN", () -> inbox.items(10))).as("told once of one change upstream, not at every import")
                .hasSize(1);
    }

    @Test
    void a_fatality_count_corrected_upstream_is_a_change_to_the_events_fatalities_not_to_its_prose() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-fatalities", "Fatalities", null, Visibility.PRIVATE)));
        String week1 = AcledRows.generated(3, "FT-");
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(waitFor(upload("job-fatalities", "week-1.csv", week1),
                ImportJobState.READY).id())), ImportJobState.DONE);
        EventDetails first = event("job-fatalities", "acled:FT-1");
        assertThat(first.content().data().fatalitiesBest()).isEqualTo(1);
        assertThat(first.content().data().admin1()).isEqualTo("Test Oblast");
        assertThat(first.content().data().disorderType()).isEqualTo("Political violence");
        // ACLED raises row 1's count from 1 to 7 in the next export, and nothing else
        String week2 = week1.replace("row 1.\",1,", "row 1.\",7,");
        assertThat(week2).isNotEqualTo(week1);

        ImportJob checked = waitFor(upload("job-fatalities", "week-2.csv", week2), ImportJobState.READY);
        assertThat(List.of(checked.rowsNew(), checked.rowsPresent(), checked.rowsChanged())).containsExactly(0, 2, 1);
        ImportJob done = waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);

        assertThat(done.eventsUpdated()).isEqualTo(1);
        EventDetails updated = event("job-fatalities", "acled:FT-1");
        assertThat(updated.content().data().fatalitiesBest()).isEqualTo(7);
        assertThat(updated.content().summary()).isEqualTo(first.content().summary());
        var revisions = SystemActor.run(() -> history.revisions(updated.id())).stream().map(r -> r.entry().revision()).sorted().toList();
        assertThat(revisions).hasSize(2);
        assertThat(SystemActor.run(() -> history.diff(updated.id(), revisions.get(0), revisions.get(1)))).as("the history shows the one field that changed")
                .containsExactly(new org.annals.history.FieldChange("Fatalities", "1", "7"));
    }

    @Test
    void an_import_is_undone_while_its_events_are_untouched_drafts_and_not_once_one_was_edited() {
        SystemActor.run(() -> {
            timelines.create(new NewTimeline("job-undo-edited", "Undo, edited", null, Visibility.PRIVATE));
            return timelines.create(new NewTimeline("job-undo", "Undo", null, Visibility.PRIVATE));
        });
        String csv = AcledRows.generated(10, "UNDO-");
        ImportJob edited = importAll("job-undo-edited", csv);
        EventDetails one = event("job-undo-edited", "acled:UNDO-3");
        SystemActor.run(() -> editing.update(one.id(), one.version(), new EventContent("Checked by an editor",
                one.content().summary(), one.content().start(), one.content().end(), one.content().dateNote(),
                one.content().place(), one.content().types(), one.content().tags(), one.content().confidence())));

        assertThatThrownBy(() -> SignedIn.as(ADMIN, "ADMIN", () -> jobs.undo(edited.id())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing was removed");
        assertThat(rows("job-undo-edited")).isEqualTo(10);

        ImportJob done = importAll("job-undo", csv);
        List<Long> ids = SystemActor.run(() -> editing.rows("job-undo", EventFilter.ALL, EventSort.DATE_ASC, 0, 100)).stream()
                .map(row -> row.id().value()).toList();
        ImportJob undone = SignedIn.as(ADMIN, "ADMIN", () -> jobs.undo(done.id()));

        assertThat(undone.state()).isEqualTo(ImportJobState.UNDONE);
        assertThat(List.of(undone.eventsRemoved(), String.valueOf(undone.undoneBy()))).containsExactly(10, ADMIN);
        assertThat(rows("job-undo")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from timeline_event_aud a join revinfo r on r.rev = a.rev "
                + "where a.id = any(?) and a.revtype = 2 and r.message = ?", Integer.class, ids.toArray(Long[]::new),
                "Undid import " + done.id() + " (undo.csv)")).as("the removal in the history").isEqualTo(10);
        assertThat(waitFor(upload("job-undo", "undo.csv", csv), ImportJobState.READY).rowsNew()).as("importable again").isEqualTo(10);
    }

    @Test
    void a_ucdp_ged_export_is_told_by_its_columns_and_imported_with_its_deaths_as_a_disagreement() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-ged", "GED", null, Visibility.PRIVATE)));
        String csv = UcdpGedRows.HEADER
                + UcdpGedRows.row("910001", 1, "Government of Testland", "Government of Otherland", 2, 50.1, 30.2, 2,
                        "2022-02-24", "2022-02-26", 12, 10, 15)
                + UcdpGedRows.row("910002", 1, "Government of Testland", "Government of Otherland", 8, 50.1, 30.2, 1,
                        "2022-02-24", "2022-02-24", 1, 1, 1);

        ImportJob checked = waitFor(upload("job-ged", "ged241-testland.csv", csv), ImportJobState.READY);

        assertThat(checked.format()).isEqualTo("UCDP");
        assertThat(List.of(checked.rowsNew(), checked.rowsRefused())).containsExactly(1, 1);
        assertThat(checked.problems()).singleElement().asString().contains("row 3 (910002)").contains("where_prec");
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);
        EventDetails event = event("job-ged", "ucdp:910001");
        assertThat(List.of(event.content().start().earliest().toString(), event.content().start().latest().toString()))
                .containsExactly("2022-02-24", "2022-02-26");
        assertThat(event.disagreements()).singleElement().satisfies(d -> assertThat(d.reading()).isEqualTo("12 (UCDP's best estimate)"));
    }

    @Test
    void a_re_import_names_the_events_it_imported_before_that_the_file_no_longer_has_and_leaves_them() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-missing", "Missing", null, Visibility.PRIVATE)));
        importAll("job-missing", AcledRows.generated(5, "GONE-"));
        // the next export: rows 3 and 4 dropped by the data set, row 2 refused (its id is still there), a new row 5
        String next = AcledRows.generated(6, "GONE-").lines()
                .filter(line -> !line.startsWith("GONE-3,") && !line.startsWith("GONE-4,"))
                .map(line -> line.startsWith("GONE-2,") ? line.replace(",2022-03-03,", ",2022-02-30,") : line)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));

        ImportJob checked = waitFor(upload("job-missing", "next.csv", next), ImportJobState.READY);

        assertThat(List.of(checked.rowsNew(), checked.rowsPresent(), checked.rowsRefused(), checked.rowsMissing()))
                .containsExactly(1, 2, 1, 2);
        assertThat(checked.missing()).containsExactly("acled:GONE-3", "acled:GONE-4");
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);
        assertThat(rows("job-missing")).as("nothing removed").isEqualTo(6);
    }

    @Test
    void a_checked_job_nobody_confirms_within_the_set_time_is_discarded_with_the_reason_and_its_file_removed() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-expiry", "Expiry", null, Visibility.PRIVATE)));
        ImportJob forgotten = waitFor(upload("job-expiry", "forgotten.csv", AcledRows.generated(3, "OLD-")), ImportJobState.READY);
        ImportJob fresh = waitFor(upload("job-expiry", "fresh.csv", AcledRows.generated(3, "NEW-")), ImportJobState.READY);
        jdbc.update("update import_job set updated_at = now() - interval '8 days' where id = ?", forgotten.id());

        assertThat(runner.expireUnconfirmed()).isEqualTo(1);

        ImportJob expired = SignedIn.as(ADMIN, "ADMIN", () -> jobs.job(forgotten.id()));
        assertThat(expired.state()).isEqualTo(ImportJobState.DISCARDED);
        assertThat(expired.error()).isEqualTo("Not imported within 7 days of its check, so it was discarded and its file removed. Upload it again.");
        assertThat(i18n.getTranslation(expired.errorWording().key(), java.util.Locale.of("uk"),
                expired.errorWording().args().toArray())).startsWith("Не імпортовано протягом 7 дн.");
        assertThat(jdbc.queryForObject("select count(*) from import_job_file where job_id = ?", Integer.class, forgotten.id())).isZero();
        assertThatThrownBy(() -> SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(forgotten.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(SignedIn.as(ADMIN, "ADMIN", () -> jobs.job(fresh.id())).state()).as("a job checked today waits").isEqualTo(ImportJobState.READY);
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(fresh.id())), ImportJobState.DONE);
        assertThat(rows("job-expiry")).isEqualTo(3);
    }

    @Test
    void new_rows_that_repeat_an_event_the_timeline_has_from_another_source_are_named_with_it() {
        SystemActor.run(() -> timelines.create(new NewTimeline("job-twice", "Twice", null, Visibility.PRIVATE)));
        // a desk's own account of row 1's shelling (same day, a kilometre or two away, the same forces), and two that
        // are not it: five days later, and the same day and place with other actors
        EventDetails same = ownEvent("job-twice", "Shelling reported in Town 7", "2022-03-02", 48.72, 30.68,
                "military forces of testland (2000-)");
        ownEvent("job-twice", "Shelling again in Town 7", "2022-03-07", 48.7, 30.7, "military forces of testland (2000-)");
        ownEvent("job-twice", "Protest in Town 7", "2022-03-02", 48.7, 30.7, "Town 7 residents");

        ImportJob checked = waitFor(upload("job-twice", "acled.csv", AcledRows.generated(5, "TW-")), ImportJobState.READY);

        assertThat(checked.rowsNew()).isEqualTo(5);
        assertThat(checked.rowsDuplicates()).isEqualTo(1);
        assertThat(checked.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.ref()).isEqualTo("acled:TW-1");
            assertThat(d.eventId()).isEqualTo(same.id());
            assertThat(d.headline()).isEqualTo("Shelling reported in Town 7");
        });
        waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);
        ImportJob again = waitFor(upload("job-twice", "acled.csv", AcledRows.generated(5, "TW-")), ImportJobState.READY);
        assertThat(again.rowsDuplicates()).as("rows already imported are not new, and the data set's own events are no other source")
                .isZero();
    }

    private EventDetails ownEvent(String timeline, String headline, String day, double latitude, double longitude, String actor) {
        return SystemActor.run(() -> editing.createDraft(timeline, new EventContent(headline, null,
                org.annals.shared.UncertainDate.parse(day), null, new org.annals.event.Place("Town 7",
                        new org.annals.shared.GeoPoint(latitude, longitude), org.annals.event.PlacePrecision.EXACT),
                java.util.Set.of(org.annals.event.EventType.MILITARY), java.util.Set.of(), org.annals.event.Confidence.VERIFIED),
                new org.annals.event.EventLinks(List.of(new org.annals.event.ActorLink(actor, org.annals.event.ActorKind.STATE,
                        org.annals.event.ActorRole.PARTICIPANT)), List.of(), List.of())));
    }

    private ImportJob importAll(String timeline, String csv) {
        ImportJob checked = waitFor(upload(timeline, "undo.csv", csv), ImportJobState.READY);
        return waitFor(SignedIn.as(ADMIN, "ADMIN", () -> jobs.confirm(checked.id())), ImportJobState.DONE);
    }

    private EventDetails event(String timeline, String ref) {
        return SystemActor.run(() -> editing.rows(timeline, EventFilter.ALL, EventSort.DATE_ASC, 0, 100)).stream()
                .map(row -> SystemActor.run(() -> editing.get(row.id()))).filter(e -> ref.equals(e.externalRef()))
                .findFirst().orElseThrow();
    }

    private ImportJob upload(String timeline, String fileName, String csv) {
        return SignedIn.as(ADMIN, "ADMIN", () -> jobs.startCsv(timeline, fileName,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    private ImportJob waitFor(ImportJob job, ImportJobState state) {
        ImportJob now = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> SignedIn.as(ADMIN, "ADMIN", () -> jobs.job(job.id())), j -> j.state() == state || !j.state().running());
        assertThat(now.state()).as("job " + now).isEqualTo(state);
        return now;
    }

    private int rows(String timeline) {
        return SystemActor.run(() -> editing.rows(timeline, EventFilter.ALL, EventSort.DATE_ASC, 0, 1000)).size();
    }
}
