package org.annals.security;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration (never a built-in password) and, in the dev profile only,
 * demo accounts whose passwords the README gives.
 */
@Component
@Order(0)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "annals-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean demoUsers;

    AccountBootstrap(AccountService accounts,
            @Value("${annals.admin.username:}") String adminUsername,
            @Value("${annals.admin.password:}") String adminPassword,
            @Value("${annals.demo-users.enabled:false}") boolean demoUsers) {
        this.accounts = accounts;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.demoUsers = demoUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (!adminUsername.isBlank() && !adminPassword.isBlank() && !accounts.anyAdministrator()) {
                accounts.create(new NewAccount(adminUsername, "Administrator", adminPassword, EnumSet.of(Role.ADMIN)));
                log.info("Created the first administrator '{}' from configuration", adminUsername);
            }
            if (demoUsers) {
                demo("admin", "Demo administrator", EnumSet.allOf(Role.class));
                demo("editor", "Demo editor", Set.of(Role.EDITOR));
                demo("reviewer", "Demo reviewer", Set.of(Role.REVIEWER));
                demo("annotator", "Demo annotator", Set.of(Role.ANNOTATOR));
            }
            return null;
        });
    }

    private void demo(String username, String displayName, Set<Role> roles) {
        if (accounts.createIfAbsent(new NewAccount(username, displayName, DEMO_PASSWORD, roles))) {
            log.info("Created demo account '{}' (dev profile)", username);
        }
    }
}
