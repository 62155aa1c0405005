package org.annals;

import java.util.Set;
import org.annals.security.AccountService;
import org.annals.security.NewAccount;
import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;

/** Test set-up: a public timeline with a team, e.g. {@code Teams.on(timelines, accounts, "desk", "ed:EDITOR")}. */
public final class Teams {

    public static final String PASSWORD = "test-password-2026";

    private Teams() {
    }

    public static void on(TimelineService timelines, AccountService accounts, String slug, String... members) {
        SystemActor.run(() -> {
            if (timelines.find(slug).isEmpty()) {
                timelines.create(new NewTimeline(slug, "Test desk " + slug, null, Visibility.PUBLIC));
            }
            for (String member : members) {
                String[] parts = member.split(":");
                Role role = Role.valueOf(parts[1]);
                accounts.createIfAbsent(new NewAccount(parts[0], parts[0], PASSWORD, Set.of(role)));
                timelines.grant(slug, parts[0], role);
            }
            return null;
        });
    }
}
