package org.annals.notes.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxRepository extends JpaRepository<InboxItemEntity, Long> {

    List<InboxItemEntity> findByUsernameOrderByCreatedAtDescIdDesc(String username, Limit limit);

    long countByUsernameAndReadAtIsNull(String username);

    @Modifying
    @Query("update InboxItemEntity i set i.readAt = :now where i.username = :username and i.readAt is null")
    int readAll(String username, Instant now);
}
