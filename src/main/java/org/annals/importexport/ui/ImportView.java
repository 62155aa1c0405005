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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.annals.event.EventStatus;
import org.annals.event.ui.spi.EventScreens;
import org.annals.importexport.ImportJob;
import org.annals.importexport.ImportJobService;
import org.annals.importexport.ImportReport;
import com.vaadin.flow.component.grid.Grid;
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
@Menu(title = "Import", order = 11)
@RolesAllowed("ADMIN")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    /**
     * A JSON file is read from memory: far above any real timeline file (the first timeline, 65 events with quotes, is
     * about 150 KB). A CSV file goes to disk as it arrives, then into the database as an import job, and may be as
     * large as a whole ACLED export of the war ({@link TimelineImportService#MAX_UPLOAD_BYTES}). The other limits (events per file, nesting, value lengths) are
     * the readers' own: docs/import-format.md lists them.
     */
    private static final int MAX_JSON_BYTES = 20 * 1024 * 1024;
    /** How much of an upload is looked at to tell what it is: its first line is far shorter. */
    private static final int HEAD = 64 * 1024;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportView.class);

    private final TimelineImportService importer;
    private final ImportJobService jobs;
    private final ImportJobPanel job = new ImportJobPanel(this::confirm, this::discard, this::refusedRows, this::undo);
    private final Grid<ImportJob> recent = new Grid<>();
    /** The job this page follows, if any: its panel is redrawn from the database while it has work left. */
    private @Nullable Long followed;
    private final Select<TimelineSummary> into = new Select<>();
    private final Div result = new Div();
    private final Upload upload;
    /** The chosen timeline's slug, kept for the upload's request, which reads it without the UI's lock. */
    private volatile @Nullable String acledTimeline;
    private final Select<org.annals.event.EventType> defaultType = new Select<>();
    /** The type a TimelineJS slide gets when its group names none, kept for the upload's request as the timeline is. */
    private volatile org.annals.event.@Nullable EventType timelineJsType;

    ImportView(TimelineImportService importer, ImportJobService jobs, TimelineService timelines) {
        this.importer = importer;
        this.jobs = jobs;
        String tooBig = getTranslation("import.tooBig", megabytes(TimelineImportService.MAX_UPLOAD_BYTES));
        String jsonTooBig = getTranslation("import.tooBig", megabytes(MAX_JSON_BYTES));
        String chooseTimeline = getTranslation("import.chooseTimeline");
        String databaseDown = getTranslation("import.databaseDown");
        String failed = getTranslation("import.failed");
        add(new H1(getTranslation("import.heading")));
        add(new Paragraph(getTranslation("import.intro")));
        into.setLabel(getTranslation("import.into"));
        into.setId("import-into");
        into.setItems(timelines.all());
        into.setItemLabelGenerator(TimelineSummary::title);
        into.addValueChangeListener(e -> acledTimeline = e.getValue() == null ? null : e.getValue().slug());
        defaultType.setLabel(getTranslation("import.defaultType"));
        defaultType.setHelperText(getTranslation("import.defaultType.helper"));
        defaultType.setId("import-default-type");
        // wide enough for their labels, which say what each choice is for; never wider than a phone
        java.util.List.of(into, defaultType).forEach(select -> select.setWidth("min(100%, 28rem)"));
        defaultType.setItems(org.annals.event.EventType.values());
        defaultType.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        defaultType.addValueChangeListener(e -> timelineJsType = e.getValue());
        String chooseType = getTranslation("import.chooseType");
        // a plain handler, not UploadHandler.inMemory, whose callback holds the session's lock: a large file is
        // imported on the upload's own request (signed in as this administrator) while the page stays usable
        upload = new Upload(event -> {
            Outcome outcome;
            java.io.InputStream upload = new java.io.BufferedInputStream(event.getInputStream(), HEAD);
            upload.mark(HEAD);
            byte[] head = upload.readNBytes(HEAD);
            upload.reset();
            boolean csv = event.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
            boolean zip = event.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
            // TimeMap's sheets (an events sheet, or a zip of them) and TimelineJS's sheet: read from memory, as a
            // TimelineJS file is, into the chosen timeline with the chosen type
            SheetImport sheet = zip || csv && TimelineImportService.isTimeMapSheet(head) ? importer::importTimeMap
                    : csv && TimelineImportService.isTimelineJsSheet(head) ? importer::importTimelineJsSheet : null;
            if (sheet != null) {
                byte[] bytes = upload.readNBytes(MAX_JSON_BYTES + 1);
                outcome = bytes.length > MAX_JSON_BYTES ? new Outcome(null, jsonTooBig) : importing(() -> {
                    String timeline = acledTimeline;
                    var type = timelineJsType;
                    return timeline == null ? new Outcome(null, chooseTimeline) : type == null ? new Outcome(null, chooseType)
                            : new Outcome(sheet.into(new ByteArrayInputStream(bytes), timeline, type), null);
                }, databaseDown, failed);
            } else if (csv) {
                // a data set's export (ACLED, UCDP GED) becomes a background job: checked, then imported when the
                // administrator says so
                outcome = importing(() -> {
                    String timeline = acledTimeline;
                    return timeline == null ? new Outcome(null, chooseTimeline)
                            : new Outcome(null, null, null, jobs.startCsv(timeline, event.getFileName(), upload));
                }, databaseDown, failed);
            } else {
                byte[] bytes = upload.readNBytes(MAX_JSON_BYTES + 1);
                outcome = bytes.length > MAX_JSON_BYTES ? new Outcome(null, jsonTooBig)
                        : importing(() -> importJson(bytes, chooseTimeline, chooseType), databaseDown, failed);
            }
            Outcome shown = outcome;
            event.getUI().access(() -> show(event.getFileName(), shown));
        });
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, TimelineImportService.MAX_UPLOAD_BYTES));
        upload.setAcceptedFileTypes("application/json", ".json", "application/geo+json", ".geojson", "text/csv", ".csv",
                "application/zip", ".zip");
        upload.setI18n(uploadI18n(tooBig));
        upload.addFileRejectedListener(e -> show(e.getFileName(), new Outcome(null, e.getErrorMessage())));
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        add(into, defaultType, upload, result, job, recentJobs());
        job.setVisible(false);
        job.setWidthFull();
        job.getStyle().set("overflow-wrap", "anywhere");
        addAttachListener(e -> {
            refresh();
            // one listener while the page is shown; a page left behind stops asking and turns the polling off
            com.vaadin.flow.shared.Registration polling = e.getUI().addPollListener(poll -> refresh());
            addDetachListener(detach -> {
                polling.remove();
                detach.getUI().setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    /** Every administrator sees the imports of late, running or not, and opens one to follow it. */
    private com.vaadin.flow.component.Component recentJobs() {
        recent.setId("import-jobs");
        recent.addColumn(ImportJob::fileName).setHeader(getTranslation("import.jobs.file")).setFlexGrow(2);
        recent.addColumn(ImportJob::timelineSlug).setHeader(getTranslation("import.jobs.timeline"));
        recent.addColumn(j -> getTranslation("import.jobs.state." + j.state().name())).setHeader(getTranslation("import.jobs.state"));
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(getLocale());
        recent.addColumn(j -> numbers.format(j.rowsTotal() == null ? j.rowsDone() : j.rowsTotal()))
                .setHeader(getTranslation("import.jobs.rows"));
        recent.addColumn(ImportJob::createdBy).setHeader(getTranslation("import.jobs.by"));
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale())
                .withZone(java.time.ZoneOffset.UTC);
        recent.addColumn(j -> when.format(j.createdAt()) + " UTC").setHeader(getTranslation("import.jobs.at")).setFlexGrow(2);
        recent.setAllRowsVisible(true);
        recent.addItemClickListener(e -> follow(e.getItem().id()));
        recent.getColumns().forEach(c -> c.setAutoWidth(true));
        // as wide as the page and no wider: on a phone the list scrolls sideways inside itself, not the page
        recent.setWidthFull();
        Div list = new Div(new com.vaadin.flow.component.html.H2(getTranslation("import.jobs.heading")), recent);
        list.setWidthFull();
        return list;
    }

    private void follow(long jobId) {
        followed = jobId;
        refresh();
        // the report appears below the upload and the page's introduction: bring it into view
        job.scrollIntoView();
    }

    /** Redraws the followed job and the list from the database, and asks for news while some job has work left. */
    private void refresh() {
        java.time.Instant now = java.time.Instant.now();
        java.util.List<ImportJob> latest = jobs.recent(20);
        recent.setItems(latest);
        Long id = followed;
        ImportJob shown = id == null ? null : jobs.job(id);
        job.setVisible(shown != null);
        if (shown != null) {
            job.show(shown, now);
        }
        boolean watching = latest.stream().anyMatch(ImportJobPanel::watching) || shown != null && ImportJobPanel.watching(shown);
        getUI().ifPresent(ui -> ui.setPollInterval(watching ? 1000 : -1));
    }

    /** The rows a job's check refused, as a CSV file named after the upload. */
    private com.vaadin.flow.server.streams.DownloadHandler refusedRows(long jobId) {
        return event -> {
            event.setFileName("refused-rows-import-" + jobId + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (java.io.OutputStream out = event.getOutputStream()) {
                jobs.writeRefusedRows(jobId, out);
            }
        };
    }

    private void confirm(long jobId) {
        act(() -> jobs.confirm(jobId));
    }

    private void undo(long jobId) {
        act(() -> jobs.undo(jobId));
    }

    private void discard(long jobId) {
        act(() -> jobs.discard(jobId));
    }

    private void act(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException | org.annals.shared.NotFoundException e) {
            org.annals.shared.ui.Notifications.error(org.annals.shared.ui.ErrorTexts.of(org.annals.shared.Wording.of(e)));
        }
        refresh();
    }

    /**
     * Either a report or the reason nothing was stored: the page's own text, or the importer's refusal (read in the
     * page's language when shown, since the import runs outside the UI's lock).
     */
    private record Outcome(@Nullable ImportReport report, @Nullable String problem, org.annals.shared.@Nullable Wording refusal,
            @Nullable ImportJob job) {

        Outcome(@Nullable ImportReport report, @Nullable String problem) {
            this(report, problem, null, null);
        }

        Outcome(@Nullable ImportReport report, @Nullable String problem, org.annals.shared.@Nullable Wording refusal) {
            this(report, problem, refusal, null);
        }
    }

    /** A sheet's import into a chosen timeline, with the type for rows that name none. */
    @FunctionalInterface
    private interface SheetImport {
        ImportReport into(java.io.InputStream file, String timelineSlug, org.annals.event.EventType defaultType);
    }

    /** Vaadin's own texts of the upload in the page's language (in English, its defaults but the size limit). */
    private UploadI18N uploadI18n(String tooBig) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.dropFile"))
                        .setMany(getTranslation("import.upload.dropFiles")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.addFile"))
                        .setMany(getTranslation("import.upload.addFiles")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.tooManyFiles"))
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(getTranslation("import.upload.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("import.upload.connecting"))
                                .setStalled(getTranslation("import.upload.stalled"))
                                .setProcessing(getTranslation("import.upload.processing"))
                                .setHeld(getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("import.upload.remainingTime"))
                                .setUnknown(getTranslation("import.upload.remainingTimeUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.unexpectedServerError"))
                                .setForbidden(getTranslation("import.upload.forbidden"))
                                .setFileTooLarge(getTranslation("import.upload.fileTooLarge"))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("import.upload.retry"))
                        .setStart(getTranslation("import.upload.start"))
                        .setRemove(getTranslation("import.upload.remove")))
                .setUnits(java.util.List.of(getTranslation("import.upload.units").split(",")));
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** A JSON file: an Annals timeline file, or a TimelineJS one going into the chosen timeline. */
    private Outcome importJson(byte[] bytes, String chooseTimeline, String chooseType) {
        boolean geoJson = TimelineImportService.isGeoJson(bytes);
        if (!geoJson && !TimelineImportService.isTimelineJs(bytes)) {
            return new Outcome(importer.importFile(new ByteArrayInputStream(bytes), EventStatus.DRAFT), null);
        }
        String timeline = acledTimeline;
        var type = timelineJsType;
        return timeline == null ? new Outcome(null, chooseTimeline) : type == null ? new Outcome(null, chooseType)
                : new Outcome(geoJson ? importer.importGeoJson(new ByteArrayInputStream(bytes), timeline, type)
                        : importer.importTimelineJs(new ByteArrayInputStream(bytes), timeline, type), null);
    }

    /** Runs on the upload's request, without the UI's lock: the texts it may answer with are read beforehand. */
    private Outcome importing(java.util.function.Supplier<Outcome> work, String databaseDown, String failed) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            return new Outcome(null, null, org.annals.shared.Wording.of(e));
        } catch (RuntimeException e) {
            if (org.annals.shared.DatabaseUnavailable.is(e)) {
                log.warn("Import not stored: the database did not answer ({})", e.toString());
                return new Outcome(null, databaseDown);
            }
            // the transaction rolled back: say so, and keep the details for the log
            log.error("Import failed", e);
            return new Outcome(null, failed);
        }
    }

    private void show(String fileName, Outcome outcome) {
        // one file at a time, but the next one (even the same file, fixed) without reloading the page: the browser
        // only reports a file chosen again if its input no longer holds it
        upload.clearFileList();
        upload.getElement().executeJs("const input = this.shadowRoot && this.shadowRoot.querySelector('input[type=file]');"
                + " if (input) { input.value = ''; }");
        result.removeAll();
        if (outcome.job() != null) {
            follow(outcome.job().id());
            return;
        }
        ImportReport report = outcome.report();
        if (report == null) {
            // the reader's message is a first line and then "- " items, one per problem: shown as a list
            String said = outcome.refusal() == null ? String.valueOf(outcome.problem())
                    : org.annals.shared.ui.ErrorTexts.of(outcome.refusal());
            String[] lines = said.split("\n- ");
            // the importer's refusals without a Ukrainian text are English; the page's are in its language
            boolean saysSo = lines[0].contains("nothing was imported")
                    || lines[0].contains(getTranslation("import.nothingImported.said"));
            String first = saysSo ? lines[0] : getTranslation("import.nothingImported", lines[0]);
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
        Paragraph done = new Paragraph(getTranslation(report.timelineCreated() ? "import.report.created"
                : "import.report.existing", fileName, report.timelineSlug(), report.eventsCreated(),
                report.eventsAlreadyPresent()));
        done.setId("import-report");
        Anchor events = new Anchor(EventScreens.gridHref(report.timelineSlug()), getTranslation("import.openEvents"));
        events.setId("import-open-events");
        result.add(done, events);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.pageTitle");
    }
}
