package org.chuangcheng.security;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.chuangcheng.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production there is no default password: the first administrator comes from configuration
 * ({@code APP_ADMIN_USERNAME}, {@code APP_ADMIN_PASSWORD}) and only while no administrator exists.
 */
@Slf4j
@Component
@Order(0)
@RequiredArgsConstructor
class AdministratorBootstrap implements ApplicationRunner {

    private final AccountManagement accounts;

    @Value("${app.admin.username:}")
    private String username;

    @Value("${app.admin.password:}")
    private String password;

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyAdministrator()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator exists: set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD to create the first one");
            return;
        }
        if (PasswordPolicy.violation(password, username).isPresent()) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD does not satisfy the password policy "
                    + "(8 to 64 characters and at most 72 bytes mixing three of upper case, lower case, digits and "
                    + "symbols, not containing the username)");
        }
        accounts.create(username, password, "系统管理员", Role.ADMIN, null, null);
        log.info("Created the first administrator '{}' from configuration", username);
    }
}
