package org.annals.review;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FourEyesRuleTest {

    @Test
    void four_eyes_refuses_the_author_and_the_submitter_and_lets_anyone_else_approve() {
        assertThatThrownBy(() -> FourEyesRule.check("ana", "ana", "bo")).hasMessageContaining("Four-eyes");
        assertThatThrownBy(() -> FourEyesRule.check("bo", "ana", "bo")).hasMessageContaining("Four-eyes");
        assertThatCode(() -> FourEyesRule.check("cy", "ana", "bo")).doesNotThrowAnyException();
        assertThatCode(() -> FourEyesRule.check("cy", null, null)).doesNotThrowAnyException();
    }
}
