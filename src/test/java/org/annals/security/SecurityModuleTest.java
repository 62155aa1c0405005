package org.annals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The security module alone: accounts keep only a password hash, and a taken username is refused at its field. */
@ApplicationModuleTest
@ModuleTestDatabase
class SecurityModuleTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void an_account_keeps_a_hash_that_matches_the_password_and_its_roles() {
        SystemActor.run(() -> accounts.createIfAbsent(new NewAccount("sm-ana", "Ana", "correct horse battery",
                Set.of(Role.EDITOR, Role.REVIEWER))));

        var user = accounts.loadUserByUsername("sm-ana");
        assertThat(user.getPassword()).isNotEqualTo("correct horse battery");
        assertThat(passwords.matches("correct horse battery", user.getPassword())).isTrue();
        assertThat(passwords.matches("wrong horse battery", user.getPassword())).isFalse();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_REVIEWER");
    }

    @Test
    void a_taken_username_is_refused_at_its_field() {
        NewAccount ben = new NewAccount("sm-ben", "Ben", "another long password", Set.of(Role.ANNOTATOR));
        SystemActor.run(() -> accounts.createIfAbsent(ben));

        assertThatThrownBy(() -> SystemActor.run(() -> {
            accounts.create(ben);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(SystemActor.run(() -> accounts.createIfAbsent(ben))).isFalse();
    }
}
