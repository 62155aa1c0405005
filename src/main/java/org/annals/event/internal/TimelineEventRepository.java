package org.annals.event.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEventRepository extends JpaRepository<TimelineEventEntity, Long> {

    Optional<TimelineEventEntity> findByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndExternalRef(long timelineId, String externalRef);
}
