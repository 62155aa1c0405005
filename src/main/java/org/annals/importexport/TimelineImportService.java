package org.annals.importexport;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.annals.event.ActorKind;
import org.annals.event.ActorOption;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.history.ChangeMessage;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NoTransaction;
import org.annals.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an Annals timeline file: reads and validates all of it first (a report of every problem, nothing stored),
 * then adds it in one transaction through the timeline and event services. Re-importing adds only what is new
 * (events are keyed by their ref), so a restart that loads the seed again loads nothing twice.
 *
 * <p>One import runs at a time on an instance: a second one is refused with a message at once, so two large uploads
 * never hold twice the memory and a file sent again from another tab cannot race its first upload.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@NoTransaction("Reads and checks the whole file first, outside any transaction; stores it in one (TransactionTemplate)")
public class TimelineImportService {

    private final TimelineService timelines;
    private final EventEditingService events;
    private final TransactionTemplate transaction;
    private final Semaphore running = new Semaphore(1);

    /**
     * The largest upload: a whole ACLED export of the war (about 200,000 rows, some 100 MB) fits with room. Uploads are
     * kept on disk (and, as import jobs, in the database) while read, so the bound is the disk's, not the memory's.
     */
    public static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    TimelineImportService(TimelineService timelines, EventEditingService events, PlatformTransactionManager transactions) {
        this.timelines = timelines;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Imports the file; events without a status get {@code defaultStatus}. */
    public ImportReport importFile(InputStream file, EventStatus defaultStatus) {
        return alone(() -> {
            TimelineFileReader.Contents contents = new TimelineFileReader().read(file, defaultStatus);
            return transaction.execute(status -> {
                boolean created = false;
                if (timelines.find(contents.timeline().slug()).isEmpty()) {
                    timelines.create(contents.timeline());
                    created = true;
                }
                return add(contents.timeline().slug(), created, contents.events());
            });
        });
    }

    /**
     * Imports an ACLED export into an existing timeline as draft events (see {@link AcledCsvReader}); re-importing
     * adds only rows whose ACLED event id is new. The upload is kept in a temporary file while it is read.
     */
    public ImportReport importAcled(InputStream csv, String timelineSlug) {
        try (UploadedFile file = UploadedFile.of(csv, MAX_UPLOAD_BYTES)) {
            return importAcled(file.path(), timelineSlug);
        }
    }

    /**
     * Imports an ACLED export from a file, read twice and never held: every row is checked first (the file refused
     * with its problems, nothing stored), then its events are written a chunk at a time in one transaction.
     */
    public ImportReport importAcled(Path csv, String timelineSlug) {
        return alone(() -> {
            requireTimeline(timelineSlug);
            Map<String, ActorKind> known = events.actors(timelineSlug).stream()
                    .collect(Collectors.toMap(ActorOption::name, ActorOption::kind, (first, second) -> first));
            AcledCsvReader reader = new AcledCsvReader(known);
            Supplier<java.io.Reader> text = () -> CsvText.reader(UploadedFile.open(csv));
            int rows = reader.check(text);
            int added = ChangeMessage.with("Imported an ACLED export", () -> transaction.execute(status -> events.importEvents(
                    timelineSlug, chunks -> ReadAhead.chunks(read -> reader.events(text, EventEditingService.IMPORT_CHUNK, read),
                            chunks)).added()));
            return new ImportReport(timelineSlug, false, added, rows - added);
        });
    }

    /**
     * Imports a GeoJSON FeatureCollection into an existing timeline as draft events (see {@link GeoJsonReader}): Annals'
     * own GeoJSON export whole, a layer from elsewhere by its usual names, {@code defaultType} where a feature names no
     * type; re-importing adds only features whose key is new.
     */
    public ImportReport importGeoJson(InputStream json, String timelineSlug, EventType defaultType) {
        return alone(() -> {
            requireTimeline(timelineSlug);
            Map<String, ActorKind> known = events.actors(timelineSlug).stream()
                    .collect(Collectors.toMap(ActorOption::name, ActorOption::kind, (first, second) -> first));
            List<ImportedEvent> features = new GeoJsonReader(defaultType, known).read(json);
            return ChangeMessage.with("Imported a GeoJSON file", () -> transaction.execute(status -> add(timelineSlug, false, features)));
        });
    }

    /** Whether an uploaded JSON file is a GeoJSON FeatureCollection (which goes into a chosen timeline). */
    public static boolean isGeoJson(byte[] file) {
        return GeoJsonReader.isGeoJson(file);
    }

    /**
     * Imports a TimelineJS 3 JSON file into an existing timeline as draft events (see {@link TimelineJsReader}); a
     * slide whose group names no type gets {@code defaultType}; re-importing adds only slides whose id is new.
     */
    public ImportReport importTimelineJs(InputStream json, String timelineSlug, EventType defaultType) {
        return alone(() -> {
            requireTimeline(timelineSlug);
            List<ImportedEvent> slides = new TimelineJsReader(defaultType).read(json);
            return transaction.execute(status -> add(timelineSlug, false, slides));
        });
    }

    /**
     * Imports TimelineJS's Google Sheets template saved as CSV into an existing timeline, as the TimelineJS file made
     * of the same rows would be ({@link TimelineJsSheet}).
     */
    public ImportReport importTimelineJsSheet(InputStream csv, String timelineSlug, EventType defaultType) {
        return alone(() -> {
            requireTimeline(timelineSlug);
            List<ImportedEvent> slides = new TimelineJsReader(defaultType).read(TimelineJsSheet.slides(CsvText.reader(csv)));
            return ChangeMessage.with("Imported a TimelineJS sheet", () -> transaction.execute(status -> add(timelineSlug, false, slides)));
        });
    }

    /**
     * Imports Forensic Architecture's TimeMap data into an existing timeline as draft events ({@link TimeMapReader}): its
     * events sheet as CSV, or a .zip of its events and sources sheets; {@code defaultType} where a row names none of
     * Annals' types; re-importing adds only rows whose key is new.
     */
    public ImportReport importTimeMap(InputStream file, String timelineSlug, EventType defaultType) {
        return alone(() -> {
            requireTimeline(timelineSlug);
            Map<String, ActorKind> known = events.actors(timelineSlug).stream()
                    .collect(Collectors.toMap(ActorOption::name, ActorOption::kind, (first, second) -> first));
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(file);
            TimeMapReader reader = new TimeMapReader(defaultType, known);
            List<ImportedEvent> rows;
            try {
                in.mark(4);
                byte[] head = in.readNBytes(4);
                in.reset();
                rows = TimeMapReader.isZip(head) ? reader.readZip(in) : reader.readEventsSheet(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ChangeMessage.with("Imported TimeMap sheets", () -> transaction.execute(status -> add(timelineSlug, false, rows)));
        });
    }

    /** Whether an uploaded CSV file's first line is a TimeMap events sheet's. */
    public static boolean isTimeMapSheet(byte[] head) {
        return TimeMapReader.isEventsSheet(CsvRows.headers(head));
    }

    /** Whether an uploaded CSV file's first line is TimelineJS's Google Sheets template's rather than a data set's. */
    public static boolean isTimelineJsSheet(byte[] head) {
        return TimelineJsSheet.isSheet(CsvRows.headers(head));
    }

    /** Whether an uploaded JSON file is a TimelineJS file (which goes into a chosen timeline) rather than an Annals one. */
    public static boolean isTimelineJs(byte[] file) {
        return TimelineJsReader.isTimelineJs(file);
    }

    private void requireTimeline(String timelineSlug) {
        if (timelines.find(timelineSlug).isEmpty()) {
            throw new InvalidInputException("timeline", "There is no timeline '" + timelineSlug + "' to import into",
                    "import.refusal.noTimeline", timelineSlug);
        }
    }

    private ImportReport alone(Supplier<ImportReport> work) {
        if (!running.tryAcquire()) {
            throw new InvalidInputException("file", "Another import is running on this server; nothing was imported. "
                    + "Upload the file again when it has finished.", "import.refusal.busy");
        }
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    private ImportReport add(String timelineSlug, boolean created, List<ImportedEvent> imported) {
        int added = events.importEvents(timelineSlug, imported);
        return new ImportReport(timelineSlug, created, added, imported.size() - added);
    }
}
