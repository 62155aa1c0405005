package org.annals.annotation;

import java.util.List;
import org.annals.annotation.internal.AnnotationEntity;
import org.annals.annotation.internal.AnnotationRepository;
import org.annals.event.EventDetails;
import org.annals.event.PublishedEventQuery;
import org.annals.shared.MarkdownText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only door for readers to annotations: the editors' notes made public on a published event of a public
 * timeline. The event is looked up through {@link PublishedEventQuery}, so a draft's notes never come out.
 */
@Service
@PreAuthorize("permitAll()")
public class EditorsNotesQuery {

    private final AnnotationRepository notes;
    private final PublishedEventQuery published;

    EditorsNotesQuery(AnnotationRepository notes, PublishedEventQuery published) {
        this.notes = notes;
        this.published = published;
    }

    /** @throws org.annals.shared.NotFoundException when there is no such published event on a public timeline */
    @Transactional(readOnly = true)
    public List<EditorsNote> forPublishedEvent(String timelineSlug, String eventSlug) {
        EventDetails event = published.event(timelineSlug, eventSlug);
        return notes.findByEventIdAndThreadIdIsNullAndVisibilityAndDeletedFalseOrderByIdAsc(event.id(), NoteVisibility.PUBLIC)
                .stream().map(EditorsNotesQuery::toEditorsNote).toList();
    }

    private static EditorsNote toEditorsNote(AnnotationEntity note) {
        return new EditorsNote(note.getAuthor(), MarkdownText.toSafeHtml(note.getBody()), note.getCreatedAt());
    }
}
