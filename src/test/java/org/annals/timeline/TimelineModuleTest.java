package org.annals.timeline;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.security.AccountService;
import org.annals.security.NewAccount;
import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The timeline module with what it uses: only administrators make timelines and teams; a role counts per timeline. */
// history holds the revision entity that the audited timeline tables need; no bean of it is used, so it is named here
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "history")
@ModuleTestDatabase
class TimelineModuleTest {

    @Autowired
    TimelineService timelines;
    @Autowired
    TimelineAccess access;
    @Autowired
    AccountService accounts;

    private void account(String username, Role role) {
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount(username, username, "module-test-password",
                Set.of(role))));
    }

    @Test
    void a_reviewer_of_one_timeline_is_not_a_reviewer_of_another() {
        account("tm-rita", Role.REVIEWER);
        SystemActor.run(() -> {
            timelines.find("tm-desk").orElseGet(() -> timelines.create(
                    new NewTimeline("tm-desk", "Desk", null, Visibility.PUBLIC)));
            timelines.find("tm-other").orElseGet(() -> timelines.create(
                    new NewTimeline("tm-other", "Other desk", null, Visibility.PUBLIC)));
            timelines.grant("tm-desk", "tm-rita", Role.REVIEWER);
            return null;
        });

        assertThat(as("tm-rita", "REVIEWER", () -> access.may("tm-desk", "REVIEWER"))).isTrue();
        assertThat(as("tm-rita", "REVIEWER", () -> access.may("tm-other", "REVIEWER"))).isFalse();
        assertThat(as("tm-rita", "REVIEWER", () -> access.may("tm-desk", "EDITOR"))).isFalse();
        assertThat(SystemActor.run(() -> timelines.members("tm-desk")))
                .contains(new TimelineMember("tm-rita", Role.REVIEWER));
    }

    @Test
    void only_an_administrator_makes_a_timeline_or_turns_the_four_eyes_rule_off() {
        assertThatThrownBy(() -> as("tm-ed", "EDITOR", () -> timelines.create(
                new NewTimeline("tm-rogue", "Rogue", null, Visibility.PUBLIC))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(SystemActor.run(() -> timelines.find("tm-rogue"))).isEmpty();

        TimelineSummary solo = SystemActor.run(() -> {
            timelines.find("tm-solo").orElseGet(() -> timelines.create(
                    new NewTimeline("tm-solo", "Solo", null, Visibility.PUBLIC)));
            return timelines.setFourEyes("tm-solo", false);
        });
        assertThat(solo.fourEyes()).isFalse();
        assertThatThrownBy(() -> as("tm-ed", "EDITOR", () -> timelines.setFourEyes("tm-solo", true)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
