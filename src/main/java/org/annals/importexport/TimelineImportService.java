package org.annals.importexport;

import java.io.InputStream;
import java.util.List;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.ImportedEvent;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports an Annals timeline file: reads and validates all of it first (a report of every problem, nothing stored),
 * then adds it in one transaction through the timeline and event services. Re-importing adds only what is new
 * (events are keyed by their ref), so a restart that loads the seed again loads nothing twice.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TimelineImportService {

    private final ObjectMapper json;
    private final TimelineService timelines;
    private final EventEditingService events;

    TimelineImportService(ObjectMapper json, TimelineService timelines, EventEditingService events) {
        this.json = json;
        this.timelines = timelines;
        this.events = events;
    }

    /** Imports the file; events without a status get {@code defaultStatus}. */
    @Transactional
    public ImportReport importFile(InputStream file, EventStatus defaultStatus) {
        TimelineFile parsed;
        try {
            // a key given twice is refused rather than read as its last value: the file says two things
            parsed = json.readerFor(TimelineFile.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readValue(file);
        } catch (JacksonException e) {
            throw new InvalidInputException("file", "The file is not valid Annals JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        TimelineFileReader.Contents contents = new TimelineFileReader().read(parsed, defaultStatus);
        boolean created = false;
        if (timelines.find(contents.timeline().slug()).isEmpty()) {
            timelines.create(contents.timeline());
            created = true;
        }
        return add(contents.timeline().slug(), created, contents.events());
    }

    /**
     * Imports an ACLED export into an existing timeline as draft events (see {@link AcledCsvReader}); re-importing
     * adds only rows whose ACLED event id is new.
     */
    @Transactional
    public ImportReport importAcled(InputStream csv, String timelineSlug) {
        if (timelines.find(timelineSlug).isEmpty()) {
            throw new InvalidInputException("timeline", "There is no timeline '" + timelineSlug + "' to import into");
        }
        java.util.Map<String, org.annals.event.ActorKind> known = events.actors(timelineSlug).stream().collect(
                java.util.stream.Collectors.toMap(org.annals.event.ActorOption::name, org.annals.event.ActorOption::kind,
                        (first, second) -> first));
        List<ImportedEvent> rows = new AcledCsvReader(known).read(CsvText.reader(csv));
        return add(timelineSlug, false, rows);
    }

    private ImportReport add(String timelineSlug, boolean created, List<ImportedEvent> imported) {
        int added = 0;
        for (ImportedEvent event : imported) {
            if (events.importEvent(timelineSlug, event).isPresent()) {
                added++;
            }
        }
        return new ImportReport(timelineSlug, created, added, imported.size() - added);
    }

}
