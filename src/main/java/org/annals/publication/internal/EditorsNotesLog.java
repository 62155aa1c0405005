package org.annals.publication.internal;

import org.annals.publication.CorrectionKind;
import org.annals.publication.spi.EditorsNoteShown;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An editor's note added to or withdrawn from a published event is a public change: the corrections log says so, in
 * the transaction that makes the change. A note on an event readers cannot see yet changes nothing public.
 */
@Component
class EditorsNotesLog {

    private static final int EXCERPT = 200;

    private final PublishedEventReads published;
    private final Corrections corrections;
    private final ReaderVersions versions;

    EditorsNotesLog(PublishedEventReads published, Corrections corrections, ReaderVersions versions) {
        this.published = published;
        this.corrections = corrections;
        this.versions = versions;
    }

    @EventListener
    void on(EditorsNoteShown change) {
        long eventId = change.eventId().value();
        if (!published.exists(eventId)) {
            return;
        }
        String text = change.excerpt().length() > EXCERPT ? change.excerpt().substring(0, EXCERPT - 1) + "…" : change.excerpt();
        corrections.record(change.timelineId().value(), eventId, CorrectionKind.CORRECTION,
                (change.visibleToReaders() ? "Editor's note added: “" : "Editor's note withdrawn: “") + text + "”",
                change.by(), change.at(), null);
        // pages and answers that readers' caches keep must show the note (or its absence) at once
        versions.changed(change.timelineId().value());
    }
}
