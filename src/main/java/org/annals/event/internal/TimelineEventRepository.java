package org.annals.event.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimelineEventRepository extends JpaRepository<TimelineEventEntity, Long> {

    Optional<TimelineEventEntity> findByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndExternalRef(long timelineId, String externalRef);

    java.util.Optional<TimelineEventEntity> findByTimelineIdAndExternalRef(long timelineId, String externalRef);

    @Query(value = """
            select e.id from timeline_event e where e.status = 'PUBLISHED'
            and not e.has_published_version order by e.id""", nativeQuery = true)
    List<Long> publishedWithoutReaderCopy();

    // a bulk update: the version stays as it is
    @org.springframework.data.jpa.repository.Modifying
    @Query("update TimelineEventEntity e set e.hasPublishedVersion = true where e.id = :id")
    int markPublished(long id);
}
