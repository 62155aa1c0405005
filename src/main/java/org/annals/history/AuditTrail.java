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

    /** What a revision says about itself: its number, when, who ("unknown" for changes nobody signed), and why. */
    public static HistoryEntry entry(Revision revision) {
        return new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                revision.getUsername() == null ? "unknown" : revision.getUsername(), revision.getMessage());
    }
}
