package org.annals.timeline.internal;

import java.util.List;
import org.annals.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineMemberRepository extends JpaRepository<TimelineMemberEntity, Long> {

    List<TimelineMemberEntity> findByTimelineIdOrderByUsernameAscRoleAsc(long timelineId);

    boolean existsByTimelineIdAndUsernameAndRole(long timelineId, String username, Role role);

    boolean existsByTimelineIdAndUsername(long timelineId, String username);

    void deleteByTimelineIdAndUsernameAndRole(long timelineId, String username, Role role);
}
