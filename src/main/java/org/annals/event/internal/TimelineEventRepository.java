package org.annals.event.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimelineEventRepository extends JpaRepository<TimelineEventEntity, Long> {

    Optional<TimelineEventEntity> findByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndSlug(long timelineId, String slug);

    boolean existsByTimelineIdAndExternalRef(long timelineId, String externalRef);

    /**
     * The highest number n of the timeline's slugs {@code <base>-<n>}, 1 when there is none: read through the slug
     * index as the range from {@code <base>-} up to {@code <base>.} (exact in the C collation; in others the caller
     * still checks the slug it makes).
     */
    @Query(value = """
            select coalesce(max(cast(substring(e.slug from length(:base) + 2) as int)), 1) from timeline_event e
            where e.timeline_id = :timelineId and e.slug >= :base || '-' and e.slug < :base || '.'
            and substring(e.slug from length(:base) + 2) ~ '^[1-9][0-9]{0,8}$'""", nativeQuery = true)
    int highestSlugNumber(long timelineId, String base);

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
