package org.annals.notes.internal;

import org.annals.timeline.TimelineId;
import org.annals.timeline.TimelineAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-timeline authorisation for methods that take a note id ({@code @noteAccess.isMember(#noteId)}): the rule of
 * the note's timeline. An unknown id is let through so the service can answer "not found".
 */
@Component("noteAccess")
public class NoteAccess {

    private final AnnotationRepository notes;
    private final TimelineAccess timelines;

    NoteAccess(AnnotationRepository notes, TimelineAccess timelines) {
        this.notes = notes;
        this.timelines = timelines;
    }

    /** Anyone on the team (annotator and up) reads and writes the team's notes. */
    @Transactional(readOnly = true)
    public boolean isMember(long noteId) {
        return notes.findById(noteId).map(n -> timelines.isMember(TimelineId.of(n.getTimelineId()))).orElse(true);
    }

    /** Only the timeline's editors (and administrators) make a note public. */
    @Transactional(readOnly = true)
    public boolean mayPublish(long noteId) {
        return notes.findById(noteId).map(n -> timelines.may(TimelineId.of(n.getTimelineId()), "EDITOR")).orElse(true);
    }

    /** Only the timeline's reviewers (and administrators) approve an editor's note readers will see. */
    @Transactional(readOnly = true)
    public boolean mayReview(long noteId) {
        return notes.findById(noteId).map(n -> timelines.may(TimelineId.of(n.getTimelineId()), "REVIEWER")).orElse(true);
    }
}
