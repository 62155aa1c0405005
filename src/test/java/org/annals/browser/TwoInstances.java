package org.annals.browser;

import org.annals.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second Annals instance in the test JVM, on its own free port, over the same database as the test's own
 * instance (like two instances behind a load balancer). It must not recreate the database the first one uses.
 */
final class TwoInstances {

    private static ConfigurableApplicationContext second;

    private TwoInstances() {
    }

    static synchronized ConfigurableApplicationContext second() {
        if (second == null) {
            // Vaadin's security configuration installs its context-holder strategy in Spring Security's static
            // holder; the test's own instance (and SignedIn) must keep using the first one. Views on either
            // instance find the signed-in user through their Vaadin session, whichever strategy is installed.
            var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
            second = new SpringApplicationBuilder(Application.class).profiles("test")
                    .run("--server.port=0", "--annals.db.recreate=false", "--annals.seed.enabled=false",
                            "--spring.main.banner-mode=off");
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> second.close()));
        }
        return second;
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
