package id.puskesnet.account.domain;

import java.util.Optional;

import id.puskesnet.access.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    @Query("""
            select u from UserAccount u
            where (:query = '' or lower(u.username) like :query or lower(u.fullName) like :query)
              and (:role is null or u.role = :role)
            """)
    Page<UserAccount> search(@Param("query") String query, @Param("role") Role role, Pageable pageable);
}
