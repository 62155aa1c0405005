package org.annals.importexport;

import java.io.InputStream;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.ImportedEvent;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
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
            parsed = json.readValue(file, TimelineFile.class);
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
        int added = 0;
        for (ImportedEvent event : contents.events()) {
            if (events.importEvent(contents.timeline().slug(), event).isPresent()) {
                added++;
            }
        }
        return new ImportReport(contents.timeline().slug(), created, added, contents.events().size() - added);
    }

}
