package org.chuangcheng.security;

import java.util.Arrays;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Break-glass: started with {@code APP_ADMIN_UNLOCK=admin} (comma-separated usernames), the application
 * lifts every sign-in lock of those usernames and every address-wide lock, so an administrator who is
 * locked out (or whose office address is) can sign in again. Remove the setting after use.
 */
@Slf4j
@Component
@Order(1)
class SignInUnlockOnStart implements ApplicationRunner {

    private final SignInThrottle throttle;
    private final String usernames;
    private final org.springframework.context.ApplicationEventPublisher events;

    SignInUnlockOnStart(SignInThrottle throttle, @Value("${app.admin.unlock:}") String usernames,
            org.springframework.context.ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.usernames = usernames;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (usernames.isBlank()) {
            return;
        }
        Arrays.stream(usernames.split(",")).map(String::trim).filter(u -> !u.isEmpty()).forEach(username -> {
            throttle.unlock(username);
            events.publishEvent(org.chuangcheng.shared.AuditEvents.of("system", "ACCOUNT_UNLOCKED", username,
                    "APP_ADMIN_UNLOCK"));
            log.warn("Sign-in locks of '{}' lifted by APP_ADMIN_UNLOCK: remove the setting again", username);
        });
        int addresses = throttle.unlockAllAddresses();
        log.warn("Address-wide sign-in locks lifted by APP_ADMIN_UNLOCK ({} addresses)", addresses);
    }
}
