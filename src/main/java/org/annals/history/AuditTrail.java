package org.annals.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Envers' history of any audited entity, for the modules that own one (events, notes): every revision of it, or how
 * it stood at one. The owning module's service has already decided who may see it; here only signed-in people do.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class AuditTrail {

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every revision of the entity with this id, newest first, the one that deleted it included. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public <T> List<AuditedState<T>> revisionsOf(Class<T> entity, long id) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(row -> new AuditedState<>(entity.cast(row[0]), entry((Revision) row[1]),
                row[2] == RevisionType.DEL)).toList();
    }

    /** The entity as it stood after this revision; empty if it did not exist then. */
    @Transactional(readOnly = true)
    public <T> Optional<T> at(Class<T> entity, long id, long revision) {
        return Optional.ofNullable(AuditReaderFactory.get(entityManager).find(entity, id, revision));
    }

    /**
     * The number of the revision the current transaction's audited changes belong to (written now if nothing audited
     * has been flushed yet), so what a transaction publishes can name the history revision it made public.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public long currentRevision() {
        return AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true).getId();
    }

    /**
     * Entities of one type as they stood after a revision, those whose {@code property} equals {@code value} (an
     * aggregate's parts by their owner's id: an event's relations at one of its revisions).
     */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public <T> List<T> allAt(Class<T> entity, long revision, String property, Object value) {
        return AuditReaderFactory.get(entityManager).createQuery().forEntitiesAtRevision(entity, revision)
                .add(AuditEntity.property(property).eq(value)).getResultList();
    }

    /** What a revision says about itself: its number, when, who ("unknown" for changes nobody signed), and why. */
    public static HistoryEntry entry(Revision revision) {
        return new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                revision.getUsername() == null ? "unknown" : revision.getUsername(), revision.getMessage());
    }
}
