package org.annals.event.internal;

import java.util.List;
import org.annals.event.RelationKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventRelationRepository extends JpaRepository<EventRelationEntity, Long> {

    List<EventRelationEntity> findByFromEventIdOrToEventIdOrderById(long fromEventId, long toEventId);

    boolean existsByFromEventIdAndToEventIdAndKind(long fromEventId, long toEventId, RelationKind kind);
}
