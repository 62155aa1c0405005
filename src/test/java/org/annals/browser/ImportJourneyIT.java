package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.event.EventStatus;
import org.annals.security.AccountService;
import org.annals.security.NewAccount;
import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator imports a timeline file in the browser: all or nothing, problems named, re-uploads idempotent. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    TimelineService timelines;
    @Autowired
    EventEditingService editing;

    private Browser admin;
    private Path dir;

    @BeforeAll
    void signIn() throws Exception {
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount("import-admin", "Import admin",
                org.annals.Teams.PASSWORD, Set.of(Role.ADMIN))));
        dir = Files.createTempDirectory("annals-import");
        admin = new Browser(port);
        admin.signIn("import-admin", org.annals.Teams.PASSWORD);
    }

    @AfterAll
    void close() {
        admin.close();
    }

    private static String file(String slug, String secondStart) {
        return """
                {"format": "annals-timeline/1",
                 "timeline": {"slug": "%s", "title": "Imported desk", "description": null, "visibility": "PUBLIC"},
                 "events": [
                  {"ref": "a", "headline": "Aid convoy reaches Kherson", "start": {"edtf": "2024-03-01"},
                   "types": ["AID"], "confidence": "VERIFIED", "status": "PUBLISHED"},
                  {"ref": "b", "headline": "Talks announced for the spring", "start": {"edtf": "%s"},
                   "types": ["DIPLOMATIC"], "confidence": "INFERRED"}
                 ]}""".formatted(slug, secondStart);
    }

    private void upload(String name, String json) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, json);
        admin.open("/admin/import");
        WebElement upload = admin.await(By.id("import-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(path.toString());
    }

    @Test
    void a_valid_file_is_imported_once_and_a_broken_one_stores_nothing_and_says_where() throws Exception {
        String slug = "imported-" + UUID.randomUUID().toString().substring(0, 8);
        upload("desk.json", file(slug, "2024-04"));
        admin.until(d -> admin.textOf(By.id("import-report")).contains("2 events added"));
        assertThat(admin.textOf(By.id("import-report"))).contains("timeline " + slug + " created");

        var rows = SystemActor.run(() -> editing.rows(slug, EventFilter.ALL, EventSort.DATE_ASC, 0, 10));
        assertThat(rows).extracting(EventRow::headline)
                .containsExactly("Aid convoy reaches Kherson", "Talks announced for the spring");
        // the file gave the second no status: it waits as a draft
        assertThat(rows).extracting(EventRow::status).containsExactly(EventStatus.PUBLISHED, EventStatus.DRAFT);

        upload("desk-again.json", file(slug, "2024-04"));
        admin.until(d -> admin.textOf(By.id("import-report")).contains("0 events added, 2 already present"));

        String broken = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        upload("broken.json", file(broken, "2024-13"));
        admin.until(d -> admin.textOf(By.id("import-problem")).contains("nothing was imported"));
        assertThat(admin.textOf(By.id("import-problem"))).contains("ref b");
        assertThat(SystemActor.run(() -> timelines.find(broken))).isEmpty();

        upload("not-json.json", "this is not JSON");
        admin.until(d -> admin.textOf(By.id("import-problem")).contains("not valid Annals JSON"));

        // an ACLED export goes into a timeline the administrator chooses, as unverified drafts
        String acled = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,country,admin1,"
                + "location,latitude,longitude,geo_precision,source,notes,fatalities\n"
                + "TSTX1,2024-05-02,2,Explosions/Remote violence,Air/drone strike,Test Forces A,1,Testland,Test Oblast,"
                + "Testville,50.1,30.2,1,Test Wire,\"A strike, as the test row says.\",0\n";
        upload("acled.csv", acled);
        admin.until(d -> admin.textOf(By.id("import-problem")).contains("Choose the timeline"));
        admin.click(By.id("import-into"));
        WebElement desk = admin.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("Imported desk")).findFirst().orElse(null));
        admin.click(desk);
        // the same file again, without reloading: the page is ready for it
        admin.driver().findElement(By.id("import-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(dir.resolve("acled.csv").toString());
        // checked in the background first: nothing stored until the administrator imports what is new
        admin.until(d -> admin.textOf(By.id("import-job-state")).contains("Checked 1 row: 1 new, 0 already there as they are, 0 changed upstream, 0 refused"));
        assertThat(SystemActor.run(() -> editing.rows(slug, EventFilter.ALL, EventSort.DATE_ASC, 0, 10)))
                .noneMatch(r -> r.headline().startsWith("Air/drone strike in Testville"));
        assertThat(admin.textOf(By.id("import-jobs"))).contains("acled.csv").contains("Waiting for you");
        admin.click(By.id("import-confirm"));
        admin.until(d -> admin.textOf(By.id("import-job-state")).contains("1 event added to " + slug + " as drafts"));
        // the events it added, listed on their own for review (opened at the end: the page is needed below)
        assertThat(admin.textOf(By.id("import-open-events"))).isEqualTo("Open the event it added");
        String added = admin.driver().findElement(By.id("import-open-events")).getDomAttribute("href");
        assertThat(added).contains("timeline=" + slug).containsPattern("import=[0-9]+");
        var imported = SystemActor.run(() -> editing.rows(slug, EventFilter.ALL, EventSort.DATE_ASC, 0, 10)).stream()
                .filter(r -> r.headline().startsWith("Air/drone strike in Testville")).toList();
        assertThat(imported).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(EventStatus.DRAFT);
            assertThat(r.start().toEdtf()).isEqualTo("2024-05-02~");
        });

        // TimelineJS's Google Sheets template saved as CSV goes into the chosen timeline with the chosen type
        Files.writeString(dir.resolve("timeline-sheet.csv"), org.annals.importexport.TimelineJsSheetFixture.SHEET);
        admin.click(By.id("import-default-type"));
        WebElement statement = admin.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equalsIgnoreCase("statement")).findFirst().orElse(null));
        admin.click(statement);
        admin.driver().findElement(By.id("import-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(dir.resolve("timeline-sheet.csv").toString());
        admin.until(d -> admin.textOf(By.id("import-report")).contains("3 events added"));
        assertThat(SystemActor.run(() -> editing.rows(slug, EventFilter.ALL, EventSort.DATE_ASC, 0, 20)))
                .extracting(r -> r.headline()).contains("Full-scale invasion", "Withdrawal from the north", "A long year");

        // TimeMap's events and sources sheets, zipped as a desk exports them from its workbook
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dir.resolve("timemap.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("EXPORT_EVENTS.csv"));
            zip.write(("description,date,time,location,latitude,longitude,association1,source1\n"
                    + "Crowd gathers outside the test administration.,05/03/2024,16:20,Testville,50.1,30.2,crowd,src1\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("EXPORT_SOURCES.csv"));
            zip.write("id,title,path1\nsrc1,Square footage,https://example.org/square.jpg\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        admin.driver().findElement(By.id("import-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(dir.resolve("timemap.zip").toString());
        admin.until(d -> admin.textOf(By.id("import-report")).contains("1 event added"));
        assertThat(SystemActor.run(() -> editing.rows(slug, EventFilter.ALL, EventSort.DATE_ASC, 0, 20)))
                .extracting(r -> r.headline()).contains("Crowd gathers outside the test administration.");

        admin.open(added);
        admin.until(d -> admin.textOf(By.id("filter-import")).contains("Only the events one import added are listed."));
        admin.until(d -> admin.textOf(By.id("events-grid")).contains("Air/drone strike in Testville"));
        assertThat(admin.textOf(By.id("events-grid"))).doesNotContain("Full-scale invasion");
        admin.click(By.id("filter-import-clear"));
        admin.until(d -> admin.textOf(By.id("events-grid")).contains("Full-scale invasion"));
        assertThat(admin.driver().getCurrentUrl()).doesNotContain("import=");
    }

    /**
     * The attacker's file (three million empty events, 8.6 MB) once ran minutes of CPU and ended in an
     * OutOfMemoryError while readers got errors: now it stops at the events limit with a message, and a reader asking
     * for the public timeline all the while gets every answer.
     */
    @Test
    void a_hostile_file_is_refused_with_a_message_while_readers_keep_being_answered() throws Exception {
        StringBuilder hostile = new StringBuilder("{\"format\":\"annals-timeline/1\",\"events\":[{}");
        hostile.append(",{}".repeat(2_999_999)).append("]}");
        var http = java.net.http.HttpClient.newHttpClient();
        var reader = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/api/v1/timelines/russia-ukraine-war/events?limit=50")).build();
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        Thread readers = Thread.ofVirtual().start(() -> {
            while (!done.get()) {
                try {
                    statuses.add(http.send(reader, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }
        });
        try {
            upload("three-million.json", hostile.toString());
            admin.until(d -> admin.textOf(By.id("import-problem")).contains("more than 50,000 events"));
        } finally {
            done.set(true);
            readers.join();
        }
        assertThat(statuses).isNotEmpty().allMatch(status -> status == 200);
    }
}
