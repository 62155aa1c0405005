package org.annals.event;

import java.util.List;
import org.annals.timeline.TimelineId;

/**
 * A re-import found that the source row of an event changed upstream, but editors here had changed the event since it
 * was imported, so the import left it as it is. Announced in the import's transaction so the editors who changed it
 * are told (their inbox) what the row now says differently; {@code changes} is that difference in one line, English,
 * field by field ("Start: 1 Mar 2022 → 2 Mar 2022"), and {@code editedHere} the fields they changed.
 */
public record ImportedRowChanged(EventId eventId, TimelineId timelineId, String user, String externalRef, List<String> editors,
        String changes, List<String> editedHere) {

    public ImportedRowChanged {
        editors = List.copyOf(editors);
        editedHere = List.copyOf(editedHere);
    }

    /** The line an inbox shows: which row, what changed upstream, and which fields were edited here. */
    public String summary() {
        return "Row " + externalRef + " changed upstream: " + changes
                + (editedHere.isEmpty() ? "" : ". Edited here: " + String.join(", ", editedHere));
    }
}
