package org.annals.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query(value = "select count(*) > 0 from app_user where 'ADMIN' = any(roles)", nativeQuery = true)
    boolean anyAdministrator();
}
