package org.chuangcheng.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic), throttled per username and client address by
 * {@link SignInThrottle}. Failures are counted as they happen, not from events after the fact: a right
 * password is accepted only if, at that moment, neither the username from this address nor the address
 * is locked. Every refusal is a {@code BadCredentialsException}-like failure that the sign-in page shows
 * with one message.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    AccountAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // the password is checked before the account state, so a disabled account answers as slowly as any
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName());
        String address = clientAddress(authentication);
        if (throttle.isLocked(username, address)) {
            throw new LockedException("too many failed sign-ins");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
        } catch (IllegalArgumentException e) {
            // bcrypt refuses a password over 72 bytes: no account has one, so it is simply wrong
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("password over bcrypt's limit", e);
        }
        if (!throttle.recordSuccess(username, address)) {
            throw new LockedException("locked while the password was checked");
        }
        return result;
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
