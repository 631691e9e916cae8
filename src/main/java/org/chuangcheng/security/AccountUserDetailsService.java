package org.chuangcheng.security;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.CounselorScopes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in (locks are kept per client address: see {@link SignInThrottle}). */
@Service
@RequiredArgsConstructor
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final ObjectProvider<CounselorScopes> scopes;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (username.indexOf('\0') >= 0) {
            // PostgreSQL refuses NUL in text; no username contains one
            throw new UsernameNotFoundException("NUL in username");
        }
        Account account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountPrincipal(CounselorScopeRefresh.withCurrentScope(account.toActor(), scopes), account.getPasswordHash(), account.isEnabled());
    }
}
