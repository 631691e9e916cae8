package org.chuangcheng.security;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; a lock that has expired no longer counts. */
@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountPrincipal(account.toActor(), account.getPasswordHash(), account.isEnabled(),
                account.isLockedAt(clock.instant()));
    }
}
