package org.chuangcheng.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) with failures counted as they happen, not from events after the
 * fact: a right password is accepted only if, at that moment, the account is not locked.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final AccountManagement accounts;

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, AccountManagement accounts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            accounts.recordFailedLogin(username);
            throw e;
        }
        if (!accounts.recordSuccessfulLogin(username)) {
            throw new LockedException("locked while the password was checked");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
