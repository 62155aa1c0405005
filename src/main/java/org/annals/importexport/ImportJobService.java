package org.annals.importexport;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NoTransaction;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports as background jobs (decision 0030): an administrator uploads a file, it is checked in the background (a
 * report of new, already present and refused rows, nothing stored), the administrator imports it or discards it, and
 * it is imported in the background, all of it or nothing. The page that started it may close: the job goes on, and
 * any administrator sees it with its progress.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@NoTransaction("Keeps the upload in one transaction of its own and queues the job after it committed (TransactionTemplate)")
public class ImportJobService {

    private final ImportJobStore store;
    private final org.annals.event.EventEditingService events;
    private final ImportJobRunner runner;
    private final TimelineService timelines;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    ImportJobService(ImportJobStore store, ImportJobRunner runner, TimelineService timelines,
            PlatformTransactionManager transactions, org.annals.event.EventEditingService events) {
        this.events = events;
        this.store = store;
        this.runner = runner;
        this.timelines = timelines;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Keeps an uploaded CSV export (ACLED, UCDP GED or Annals' own, told by its columns) and starts checking it; the job as it
     * starts.
     */
    public ImportJob startCsv(String timelineSlug, String fileName, InputStream upload) {
        TimelineSummary timeline = timelines.find(timelineSlug).orElseThrow(() -> new InvalidInputException("timeline",
                "There is no timeline '" + timelineSlug + "' to import into", "import.refusal.noTimeline", timelineSlug));
        // a name is shown and kept as text: no control characters (the database refuses a NUL), at most 300 characters
        String plain = org.annals.shared.PlainText.withoutControlCharacters(fileName).strip();
        String name = plain.isEmpty() ? "upload.csv" : plain.length() > 300 ? plain.substring(0, 300) : plain;
        Long id;
        // on disk while it arrives (at the sender's pace), then into the database in one short transaction
        try (UploadedFile kept = UploadedFile.of(upload, TimelineImportService.MAX_UPLOAD_BYTES);
             java.io.BufferedInputStream file = new java.io.BufferedInputStream(UploadedFile.open(kept.path()), HEAD)) {
            String format = ImportFormat.of(CsvRows.headers(head(file))).name();
            id = transaction.execute(status -> store.create(timeline.id().value(), format, name, file,
                    TimelineImportService.MAX_UPLOAD_BYTES, CurrentUser.name(), clock.instant()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        runner.queue(id, ImportJobState.CHECKING);
        return job(id);
    }

    /** How much of an upload is looked at to tell which data set it is from: its first line is far shorter. */
    private static final int HEAD = 64 * 1024;

    private static byte[] head(java.io.BufferedInputStream file) {
        try {
            file.mark(HEAD);
            byte[] head = file.readNBytes(HEAD);
            file.reset();
            return head;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Imports the new events of a checked job, in the background. */
    public ImportJob confirm(long jobId) {
        if (!store.confirmed(jobId, CurrentUser.name(), clock.instant())) {
            throw new InvalidInputException("job", "This import is not waiting to be confirmed (it may have been "
                    + "confirmed or discarded already)", "import.refusal.notWaiting");
        }
        runner.queue(jobId, ImportJobState.IMPORTING);
        return job(jobId);
    }

    /**
     * Undoes a done import: its events are removed, in one revision of the history, while every one of them is still
     * an untouched draft (else refused, nothing removed). Events it updated (rows changed upstream) stay as updated.
     */
    public ImportJob undo(long jobId) {
        ImportJob job = job(jobId);
        long revision = store.revision(jobId).orElseThrow(() -> new InvalidInputException("job", "Only a finished import "
                + "can be undone", "import.refusal.undoNotDone"));
        String message = "Undid import " + jobId + " (" + job.fileName() + ")";
        org.annals.history.ChangeMessage.with(message, () -> transaction.execute(status -> {
            int count = events.undoImport(job.timelineSlug(), revision);
            if (!store.undone(jobId, CurrentUser.name(), count, clock.instant())) {
                throw new InvalidInputException("job", "Only a finished import can be undone", "import.refusal.undoNotDone");
            }
            return count;
        }));
        return job(jobId);
    }

    /** Leaves a checked job unimported and drops its file. */
    public ImportJob discard(long jobId) {
        if (!store.discarded(jobId, clock.instant())) {
            throw new InvalidInputException("job", "This import is not waiting to be confirmed (it may have been "
                    + "confirmed or discarded already)", "import.refusal.notWaiting");
        }
        return job(jobId);
    }

    public ImportJob job(long jobId) {
        return store.find(jobId).orElseThrow(() -> new NotFoundException("No import " + jobId));
    }

    /**
     * Writes the rows a job's check refused as CSV (UTF-8 with a byte-order mark, for spreadsheets): line, ACLED id,
     * reason; read a page at a time, so a file of garbage (every row refused) costs no more memory than a page.
     */
    public void writeRefusedRows(long jobId, java.io.OutputStream out) throws java.io.IOException {
        var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        String idColumn = ImportFormat.valueOf(job(jobId).format()).idColumn;
        var csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader("line", idColumn, "reason").get().print(writer);
        int after = 0;
        for (List<ImportJobStore.RefusedRow> page = store.refusedRows(jobId, after, 5_000); !page.isEmpty();
                page = store.refusedRows(jobId, after, 5_000)) {
            for (ImportJobStore.RefusedRow row : page) {
                csv.printRecord(row.line(), org.annals.shared.SpreadsheetText.guard(row.eventId()),
                        org.annals.shared.SpreadsheetText.guard(row.reason()));
            }
            after = page.getLast().line();
        }
        csv.flush();
    }

    /** One timeline's latest jobs, running or not, newest first. */
    public List<ImportJob> recent(String timelineSlug, int limit) {
        TimelineSummary timeline = timelines.find(timelineSlug).orElseThrow(() -> new NotFoundException("No timeline " + timelineSlug));
        return store.recent(timeline.id().value(), Math.max(1, Math.min(limit, 200)));
    }

    /** The latest jobs, running or not, newest first. */
    public List<ImportJob> recent(int limit) {
        return store.recent(Math.max(1, Math.min(limit, 200)));
    }
}
