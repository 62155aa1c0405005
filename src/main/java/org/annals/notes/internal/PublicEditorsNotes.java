package org.annals.notes.internal;

import org.annals.event.EventId;
import java.util.List;
import org.annals.notes.NoteVisibility;
import org.annals.publication.spi.EditorsNote;
import org.annals.publication.spi.EditorsNotesSource;
import org.annals.shared.MarkdownText;
import org.springframework.stereotype.Component;

/** The notes editors made public, for the readers' page of a published event (see {@link EditorsNotesSource}). */
@Component
class PublicEditorsNotes implements EditorsNotesSource {

    private final AnnotationRepository notes;

    PublicEditorsNotes(AnnotationRepository notes) {
        this.notes = notes;
    }

    @Override
    public List<EditorsNote> publicNotes(EventId eventId) {
        return notes.findByEventIdAndThreadIdIsNullAndVisibilityAndDeletedFalseOrderByIdAsc(eventId.value(), NoteVisibility.PUBLIC)
                .stream().map(note -> new EditorsNote(note.getAuthor(), MarkdownText.toSafeHtml(note.getBody()),
                        note.getCreatedAt()))
                .toList();
    }
}
