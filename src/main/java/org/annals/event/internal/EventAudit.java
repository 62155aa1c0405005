package org.annals.event.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.annals.event.EventDetails;
import org.annals.event.EventRevision;
import org.annals.event.EventStatus;
import org.annals.event.RecentChange;
import org.annals.history.HistoryEntry;
import org.annals.history.Revision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads events' Envers history: their revisions, an event as it was at a revision, a timeline's recent changes. */
@Component
public class EventAudit {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    EventAudit(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @SuppressWarnings("unchecked")
    public List<EventRevision> revisions(long eventId) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(TimelineEventEntity.class, false, true)
                .add(AuditEntity.id().eq(eventId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(row -> {
            TimelineEventEntity event = (TimelineEventEntity) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            return new EventRevision(entry(revision), event.getStatus(), event.content().headline(), type == RevisionType.DEL);
        }).toList();
    }

    public Optional<EventDetails> at(long eventId, long revision, Function<Long, String> timelineSlugs) {
        TimelineEventEntity event = AuditReaderFactory.get(entityManager).find(TimelineEventEntity.class, eventId, revision);
        return Optional.ofNullable(event).map(e -> e.toDetails(timelineSlugs.apply(e.getTimelineId())));
    }

    public List<RecentChange> recent(long timelineId, int limit) {
        return jdbc.sql("""
                select r.rev, r.revtstmp, r.username, r.message, a.id, a.headline, a.status
                from timeline_event_aud a join revinfo r on r.rev = a.rev
                where a.timeline_id = :timelineId order by r.rev desc, a.id limit :limit""")
                .param("timelineId", timelineId).param("limit", limit)
                .query((rs, n) -> new RecentChange(new HistoryEntry(rs.getLong("rev"), Instant.ofEpochMilli(rs.getLong("revtstmp")),
                        rs.getString("username"), rs.getString("message")), rs.getLong("id"), rs.getString("headline"),
                        EventStatus.valueOf(rs.getString("status"))))
                .list();
    }

    private static HistoryEntry entry(Revision revision) {
        return new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                revision.getUsername() == null ? "unknown" : revision.getUsername(), revision.getMessage());
    }
}
