package org.annals.browser;

import java.io.ByteArrayInputStream;
import org.annals.event.EventStatus;
import org.annals.history.ChangeMessage;
import org.annals.importexport.ImportReport;
import org.annals.importexport.TimelineImportService;
import org.annals.security.SystemActor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A public timeline written as an {@code annals-timeline/1} file (docs/import-format.md) and loaded through the
 * ordinary importer with its events published, the way the seed loader does it: many events in one transaction.
 */
final class GeneratedTimeline {

    private final ObjectNode file = JsonMapper.shared().createObjectNode();
    private final ArrayNode events;

    GeneratedTimeline(String slug, String title, String description) {
        file.put("format", "annals-timeline/1");
        file.putObject("timeline").put("slug", slug).put("title", title).put("description", description)
                .put("visibility", "PUBLIC");
        events = file.putArray("events");
    }

    /** Adds a published event; {@code start} is EDTF ("2023-06", "2022-04-02~", "2023-06-23/2023-06-24"). */
    ObjectNode event(String ref, String headline, String start, String type) {
        ObjectNode event = events.addObject();
        event.put("ref", ref).put("headline", headline).put("summary", "Generated for a browser test.");
        event.putObject("start").put("edtf", start);
        event.putArray("types").add(type);
        event.put("confidence", "VERIFIED").put("status", "PUBLISHED");
        return event;
    }

    ImportReport importWith(TimelineImportService importer) {
        byte[] bytes = JsonMapper.shared().writeValueAsBytes(file);
        return SystemActor.run(() -> ChangeMessage.with("Generated for a browser test",
                () -> importer.importFile(new ByteArrayInputStream(bytes), EventStatus.PUBLISHED)));
    }
}
