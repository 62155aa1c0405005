package org.annals.notes.internal;

import java.util.Collection;
import java.util.List;
import org.annals.notes.NoteVisibility;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnnotationRepository extends JpaRepository<AnnotationEntity, Long> {

    List<AnnotationEntity> findByEventIdOrderByIdAsc(long eventId);

    List<AnnotationEntity> findByThreadIdOrderByIdAsc(long threadId);

    List<AnnotationEntity> findByEventIdAndThreadIdIsNullAndVisibilityAndDeletedFalseOrderByIdAsc(long eventId,
            NoteVisibility visibility);

    @Query("select a.eventId, count(a) from AnnotationEntity a where a.timelineId = :timelineId and a.eventId in :eventIds"
            + " and a.threadId is null and a.resolved = false and a.deleted = false group by a.eventId")
    List<Object[]> openThreadCounts(long timelineId, Collection<Long> eventIds);

    @Query("select distinct a.eventId from AnnotationEntity a where a.timelineId = :timelineId"
            + " and a.threadId is null and a.resolved = false and a.deleted = false")
    List<Long> eventsWithOpenThreads(long timelineId);

    @Query("select distinct a.author from AnnotationEntity a where a.eventId = :eventId and a.deleted = false")
    List<String> authorsOn(long eventId);
}
