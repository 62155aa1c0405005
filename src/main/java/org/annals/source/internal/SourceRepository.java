package org.annals.source.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<SourceEntity, Long> {

    Optional<SourceEntity> findByTimelineIdAndUrl(long timelineId, String url);
}
