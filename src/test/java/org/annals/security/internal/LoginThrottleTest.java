package org.annals.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void one_address_trying_many_accounts_is_paused_after_its_allowance_and_others_are_not() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            assertThat(throttle.attempt("account-" + i, "203.0.113.7")).isEmpty();
        }
        assertThat(throttle.attempt("account-fresh", "203.0.113.7"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(LoginThrottle.WINDOW));
        assertThat(throttle.attempt("account-fresh", "198.51.100.1")).isEmpty();
    }

    @Test
    void an_account_is_paused_after_its_allowance_whatever_the_address_and_however_its_name_is_written() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(throttle.attempt(i % 2 == 0 ? "Ana" : " ana ", "192.0.2." + i)).isEmpty();
        }
        assertThat(throttle.attempt("ANA", "192.0.2.200")).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(1), LoginThrottle.WINDOW));
    }
}
