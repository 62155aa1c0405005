package org.annals.event.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEventRepository extends JpaRepository<TimelineEventEntity, Long> {

    Optional<TimelineEventEntity> findByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndExternalRef(long timelineId, String externalRef);

    @Query(value = """
            select e.id from timeline_event e where e.status = 'PUBLISHED'
            and not exists (select 1 from published_event p where p.event_id = e.id) order by e.id""", nativeQuery = true)
    List<Long> publishedWithoutReaderCopy();
}
