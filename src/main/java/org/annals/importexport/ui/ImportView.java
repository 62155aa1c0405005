package org.annals.importexport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.annals.event.EventStatus;
import org.annals.event.ui.spi.EventScreens;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;

/**
 * Administrators bring in a timeline file (`docs/import-format.md`) or an ACLED export (decision 0018): everything is
 * checked first and every problem listed with its place, so a file with one bad event stores nothing and can be fixed
 * and uploaded again. Events the file gives no status (and all ACLED rows) arrive as drafts, for the team to review;
 * uploading the same file again adds only new events.
 */
@Route("admin/import")
@PageTitle("Import a timeline · Annals")
@Menu(title = "Import", order = 11)
@RolesAllowed("ADMIN")
class ImportView extends VerticalLayout {

    /**
     * Far above any real timeline file (the first timeline, 65 events with quotes, is about 150 KB); about 25,000
     * ACLED rows, so a country's year of ACLED data may need two uploads. The other limits (events per file, nesting,
     * value lengths) are the readers' own: docs/import-format.md lists them.
     */
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final String TOO_BIG = "The file is larger than 20 MB, the most one upload may be; nothing was "
            + "imported. Split it into several files.";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportView.class);

    private final TimelineImportService importer;
    private final Select<TimelineSummary> into = new Select<>();
    private final Div result = new Div();
    private final Upload upload;
    /** The chosen timeline's slug, kept for the upload's request, which reads it without the UI's lock. */
    private volatile @Nullable String acledTimeline;

    ImportView(TimelineImportService importer, TimelineService timelines) {
        this.importer = importer;
        add(new H1("Import a timeline"));
        add(new Paragraph("An Annals timeline file (.json, format annals-timeline/1) creates its timeline or adds to "
                + "it. An ACLED export (.csv) adds its rows to the timeline chosen below, as unverified drafts: ACLED's "
                + "date precision, coordinates, actors, notes, fatalities and named sources are kept, nothing is made "
                + "up. The whole file is checked before anything is stored; uploading the same file again adds only "
                + "new events."));
        into.setLabel("Timeline for ACLED rows");
        into.setId("import-into");
        into.setItems(timelines.all());
        into.setItemLabelGenerator(TimelineSummary::title);
        into.addValueChangeListener(e -> acledTimeline = e.getValue() == null ? null : e.getValue().slug());
        // a plain handler, not UploadHandler.inMemory, whose callback holds the session's lock: a large file is
        // imported on the upload's own request (signed in as this administrator) while the page stays usable
        upload = new Upload(event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_BYTES + 1);
            Outcome outcome = bytes.length > MAX_BYTES ? new Outcome(null, TOO_BIG)
                    : importBytes(event.getFileName(), bytes);
            event.getUI().access(() -> show(event.getFileName(), outcome));
        });
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json", "text/csv", ".csv");
        upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error().setFileIsTooBig(TOO_BIG)));
        upload.addFileRejectedListener(e -> show(e.getFileName(), new Outcome(null, e.getErrorMessage())));
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        add(into, upload, result);
    }

    /** Either a report or the reason nothing was stored. */
    private record Outcome(@Nullable ImportReport report, @Nullable String problem) {
    }

    private Outcome importBytes(String fileName, byte[] bytes) {
        try {
            if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                return new Outcome(importer.importFile(new ByteArrayInputStream(bytes), EventStatus.DRAFT), null);
            }
            String timeline = acledTimeline;
            if (timeline == null) {
                return new Outcome(null, "Choose the timeline the ACLED rows go into, then upload the file again.");
            }
            return new Outcome(importer.importAcled(new ByteArrayInputStream(bytes), timeline), null);
        } catch (InvalidInputException e) {
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException e) {
            if (org.annals.shared.DatabaseUnavailable.is(e)) {
                log.warn("Import not stored: the database did not answer ({})", e.toString());
                return new Outcome(null, "The database did not answer, so nothing was imported; upload the file again "
                        + "in a few seconds.");
            }
            // the transaction rolled back: say so, and keep the details for the log
            log.error("Import failed", e);
            return new Outcome(null, "Something went wrong on our side; the error has been logged.");
        }
    }

    private static String events(int count) {
        return count + (count == 1 ? " event" : " events");
    }

    private void show(String fileName, Outcome outcome) {
        // one file at a time, but the next one (even the same file, fixed) without reloading the page: the browser
        // only reports a file chosen again if its input no longer holds it
        upload.clearFileList();
        upload.getElement().executeJs("const input = this.shadowRoot && this.shadowRoot.querySelector('input[type=file]');"
                + " if (input) { input.value = ''; }");
        result.removeAll();
        ImportReport report = outcome.report();
        if (report == null) {
            // the reader's message is a first line and then "- " items, one per problem: shown as a list
            String[] lines = String.valueOf(outcome.problem()).split("\n- ");
            String first = lines[0].contains("nothing was imported") ? lines[0] : "Nothing was imported. " + lines[0];
            Div problem = new Div(new Paragraph(fileName + ": " + first));
            if (lines.length > 1) {
                UnorderedList items = new UnorderedList();
                java.util.Arrays.stream(lines, 1, lines.length).forEach(line -> items.add(new ListItem(line)));
                problem.add(items);
            }
            problem.setId("import-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(problem);
            return;
        }
        Paragraph done = new Paragraph(fileName + ": timeline " + report.timelineSlug()
                + (report.timelineCreated() ? " created; " : " already there; ") + events(report.eventsCreated())
                + " added, " + report.eventsAlreadyPresent() + " already present.");
        done.setId("import-report");
        Anchor events = new Anchor(EventScreens.gridHref(report.timelineSlug()), "Open its events");
        events.setId("import-open-events");
        result.add(done, events);
    }
}
