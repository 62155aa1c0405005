package org.annals.publication.internal;

import org.annals.event.EventId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.event.EventDetails;
import org.annals.event.EventPublished;
import org.annals.event.EventRetracted;
import org.annals.event.EventsMerged;
import org.annals.event.PublishedVersions;
import org.annals.publication.CorrectionKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the readers' copy from the event module's domain events, synchronously and inside the transaction that
 * announced them: a published event and its readers' copy commit together or not at all (decision 0008).
 */
@Component
class ReadersCopyWriter implements PublishedVersions {

    private final PublishedEventWrites writes;
    private final PublishedEventReads published;
    private final Corrections corrections;
    private final PublishedRevisions revisions;

    ReadersCopyWriter(PublishedEventWrites writes, PublishedEventReads published, Corrections corrections,
            PublishedRevisions revisions) {
        this.revisions = revisions;
        this.writes = writes;
        this.published = published;
        this.corrections = corrections;
    }

    @EventListener
    void on(EventPublished publication) {
        long eventId = publication.event().id().value();
        Optional<EventDetails> readersSaw = published.exists(eventId) ? publishedVersion(publication.event().id()) : Optional.empty();
        Set<String> relationsReadersSaw = writes.publishedRelations(eventId);
        // relations first: the revision the publication makes keeps the relations it is published with
        writes.publishRelations(eventId, publication.relations());
        int revision = writes.publish(publication.timelineId().value(), publication.event(), publication.by(), publication.at(),
                publication.historyRevision());
        if (readersSaw.isEmpty()) {
            return; // a first publication is not a correction
        }
        // every change readers see is on the record: the reviewer's note, or else the parts that changed
        List<String> parts = PublicChanges.parts(readersSaw.get(), publication.event(),
                !relationsReadersSaw.equals(writes.publishedRelations(eventId)));
        if (publication.correctionNote() != null) {
            corrections.record(publication.timelineId().value(), eventId, CorrectionKind.CORRECTION, publication.correctionNote(),
                    publication.by(), publication.at(), revision, publication.minor(), List.of());
        } else if (!parts.isEmpty()) {
            corrections.record(publication.timelineId().value(), eventId, CorrectionKind.CORRECTION, PublicChanges.line(parts),
                    publication.by(), publication.at(), revision, publication.minor(), parts);
        }
    }

    @EventListener
    void on(EventRetracted retraction) {
        writes.retract(retraction.eventId().value(), retraction.note());
        corrections.record(retraction.timelineId().value(), retraction.eventId().value(), CorrectionKind.RETRACTION, retraction.note(),
                retraction.user(), retraction.at(), null);
    }

    @EventListener
    void on(EventsMerged merge) {
        Optional<String> headlineReadersSaw = publishedVersion(EventId.of(merge.duplicateId().value())).map(e -> e.content().headline());
        writes.redirect(merge.timelineId().value(), merge.duplicateSlug(), merge.duplicateId().value(), merge.eventId().value());
        if (headlineReadersSaw.isPresent() && published.exists(merge.eventId().value())) {
            // readers saw the duplicate: the log says where it went (with the headline readers saw, never a draft's)
            corrections.record(merge.timelineId().value(), merge.eventId().value(), CorrectionKind.CORRECTION, "Merged the duplicate “"
                    + headlineReadersSaw.get() + "” into this event: " + merge.note(), merge.user(), merge.at(), null);
        }
    }

    @Override
    public Optional<EventDetails> publishedVersion(EventId eventId) {
        return published.load(List.of(eventId.value())).stream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public Map<Long, Integer> publicRevisions(EventId eventId) {
        return revisions.byHistoryRevision(eventId.value());
    }
}
