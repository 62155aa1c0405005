package org.annals.event.internal;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.annals.event.EventDetails;
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

    EventAudit(AuditTrail trail, JdbcClient jdbc, SourceService sources, TimelineService timelines) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.sources = sources;
        this.timelines = timelines;
    }

    public List<EventRevision> revisions(long eventId) {
        return trail.revisionsOf(TimelineEventEntity.class, eventId).stream()
                .map(revision -> new EventRevision(revision.entry(), revision.state().getStatus(),
                        revision.state().content().headline(), revision.deleted()))
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
