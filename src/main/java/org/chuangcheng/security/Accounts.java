package org.chuangcheng.security;

import java.util.List;
import java.util.Optional;
import org.chuangcheng.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<Account> findByRoleOrderByDisplayName(Role role);

    @Query("""
            select a from Account a
            where (:role is null or a.role = :role)
              and (:text is null or lower(a.username) like lower(concat('%', cast(:text as string), '%'))
                   or a.displayName like concat('%', cast(:text as string), '%'))
            """)
    Page<Account> search(Role role, String text, Pageable pageable);

    long countByRole(Role role);

    /**
     * Counts one failed sign-in in a single statement, so concurrent failures neither get lost nor fail on
     * the version check; an expired lock starts a fresh count, a current lock is left as it is.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            update accounts set
              failed_attempts = case when locked_until is null then failed_attempts + 1 else 1 end,
              locked_until = case when (case when locked_until is null then failed_attempts + 1 else 1 end) >= :limit
                                  then cast(:lockUntil as timestamptz) end
            where lower(username) = lower(:username) and (locked_until is null or locked_until <= :now)
            """, nativeQuery = true)
    int recordFailedLogin(String username, int limit, Instant now, Instant lockUntil);

    /**
     * Resets the count after a right password, unless the account is locked: 0 rows then. Row locks make
     * this wait for a concurrent failure, so a right password cannot slip in once the limit is reached.
     */
    @Modifying(clearAutomatically = true)
    @Query(value = """
            update accounts set failed_attempts = 0, locked_until = null
            where lower(username) = lower(:username) and (locked_until is null or locked_until <= :now)
            """, nativeQuery = true)
    int recordSuccessfulLogin(String username, Instant now);
}
