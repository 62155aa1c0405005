package org.annals.publication.spi;

import org.annals.event.EventId;
import java.util.List;

/**
 * Where the notes editors made public on an event come from (the annotation module). Asked only for an event that
 * {@link org.annals.publication.PublishedEventQuery} has found published on a public timeline, so a draft's notes
 * never reach a reader.
 */
public interface EditorsNotesSource {

    /** The event's public notes, oldest first, as sanitised HTML. */
    List<EditorsNote> publicNotes(EventId eventId);
}
