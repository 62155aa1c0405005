package org.annals.publication.spi;

import java.time.Instant;
import org.annals.event.EventId;
import org.annals.timeline.TimelineId;

/**
 * Announced by whoever keeps editors' notes, inside the transaction that changes what readers see: an editor's note
 * on {@code eventId} became visible to readers, or was withdrawn. The public corrections log records it, like any
 * change to public text. {@code excerpt} is the note's text as readers read it (plain, shortened).
 */
public record EditorsNoteShown(EventId eventId, TimelineId timelineId, long noteId, String excerpt, boolean visibleToReaders,
        String by, Instant at) {
}
