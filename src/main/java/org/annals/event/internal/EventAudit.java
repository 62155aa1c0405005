package org.annals.event.internal;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.event.EventDetails;
import org.annals.event.EventRelation;
import org.annals.event.PublishedVersions;
import org.annals.history.AuditedState;
import org.annals.event.EventRevision;
import org.annals.event.EventStatus;
import org.annals.event.RecentChange;
import org.annals.history.AuditTrail;
import org.annals.history.HistoryEntry;
import org.annals.source.SourceService;
import org.annals.timeline.TimelineService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads events' history: their revisions and an event as it was at a revision (through the history module's
 * {@link AuditTrail}), and a timeline's recent changes (one SQL statement over the event's audit table).
 */
@Component
public class EventAudit {

    private final AuditTrail trail;
    private final JdbcClient jdbc;
    private final SourceService sources;
    private final TimelineService timelines;
    private final PublishedVersions publishedVersions;
    private final TimelineEventRepository events;

    EventAudit(AuditTrail trail, JdbcClient jdbc, SourceService sources, TimelineService timelines,
            PublishedVersions publishedVersions, TimelineEventRepository events) {
        this.publishedVersions = publishedVersions;
        this.events = events;
        this.trail = trail;
        this.jdbc = jdbc;
        this.sources = sources;
        this.timelines = timelines;
    }

    /** Newest first, each numbered within the event (1 = how it was created) and with its public number if published. */
    public List<EventRevision> revisions(long eventId) {
        List<AuditedState<TimelineEventEntity>> states = trail.revisionsOf(TimelineEventEntity.class, eventId);
        Map<Long, Integer> published = publishedVersions.publicRevisions(EventId.of(eventId));
        List<EventRevision> revisions = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            AuditedState<TimelineEventEntity> revision = states.get(i);
            revisions.add(new EventRevision(revision.entry(), states.size() - i, revision.state().getStatus(),
                    revision.state().content().headline(), revision.deleted(), published.get(revision.entry().revision())));
        }
        return revisions;
    }

    /**
     * The relations going out of the event as they stood after a history revision (relating touches the event, so a
     * relation's change is on the event's own revision), each other event named by its headline now.
     */
    public List<EventRelation> relationsAt(long eventId, long revision) {
        return trail.allAt(EventRelationEntity.class, revision, "fromEventId", eventId).stream()
                .map(r -> events.findById(r.getToEventId()).map(other -> new EventRelation(r.getId(), r.getKind(), true,
                        EventId.of(other.getId()), other.getSlug(), other.content().headline())))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public Optional<EventDetails> at(long eventId, long revision) {
        // sources as they are described now: a source's description only ever gains detail (SourceService.cite)
        return trail.at(TimelineEventEntity.class, eventId, revision).map(e -> e.toDetails(
                timelines.get(TimelineId.of(e.getTimelineId())).slug(), sources.describe(e.citedSources())));
    }
    public List<RecentChange> recent(long timelineId, int limit) {
        return jdbc.sql("""
                select r.rev, r.revtstmp, r.username, r.message, a.id, a.headline, a.status
                from timeline_event_aud a join revinfo r on r.rev = a.rev
                where a.timeline_id = :timelineId order by r.rev desc, a.id limit :limit""")
                .param("timelineId", timelineId).param("limit", limit)
                .query((rs, n) -> new RecentChange(new HistoryEntry(rs.getLong("rev"), Instant.ofEpochMilli(rs.getLong("revtstmp")),
                        rs.getString("username"), rs.getString("message")), EventId.of(rs.getLong("id")), rs.getString("headline"),
                        EventStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
