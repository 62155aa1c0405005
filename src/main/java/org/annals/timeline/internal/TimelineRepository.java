package org.annals.timeline.internal;

import java.util.List;
import java.util.Optional;
import org.annals.timeline.Visibility;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntity, Long> {

    Optional<TimelineEntity> findBySlug(String slug);

    List<TimelineEntity> findByVisibilityOrderByTitle(Visibility visibility);

    List<TimelineEntity> findAllByOrderByTitle();
}
