package org.chuangcheng.security;

import java.util.List;
import java.util.Optional;
import org.chuangcheng.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findByRoleOrderByDisplayName(Role role);

    List<Account> findByRoleAndUnitIdAndEnabledTrueOrderById(Role role, Long unitId);

    @Query("""
            select a from Account a
            where (:role is null or a.role = :role)
              and (:text is null or lower(a.username) like lower(concat('%', cast(:text as string), '%')) escape '\\'
                   or a.displayName like concat('%', cast(:text as string), '%') escape '\\')
            """)
    Page<Account> search(Role role, String text, Pageable pageable);

    long countByRole(Role role);
}
