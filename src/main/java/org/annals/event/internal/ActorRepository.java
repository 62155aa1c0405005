package org.annals.event.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActorRepository extends JpaRepository<ActorEntity, Long> {

    Optional<ActorEntity> findByTimelineIdAndName(long timelineId, String name);

    java.util.List<ActorEntity> findByTimelineIdOrderByName(long timelineId);
}
