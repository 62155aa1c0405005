package org.annals.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every pair of status and action: where it leads, or that it is refused. */
class EventWorkflowTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(textBlock = """
            DRAFT,     EDIT,    DRAFT
            DRAFT,     SUBMIT,  IN_REVIEW
            DRAFT,     APPROVE, -
            DRAFT,     RETURN,  -
            DRAFT,     RETRACT, RETRACTED
            IN_REVIEW, EDIT,    DRAFT
            IN_REVIEW, SUBMIT,  -
            IN_REVIEW, APPROVE, PUBLISHED
            IN_REVIEW, RETURN,  DRAFT
            IN_REVIEW, RETRACT, RETRACTED
            PUBLISHED, EDIT,    DRAFT
            PUBLISHED, SUBMIT,  -
            PUBLISHED, APPROVE, -
            PUBLISHED, RETURN,  -
            PUBLISHED, RETRACT, RETRACTED
            RETRACTED, EDIT,    -
            RETRACTED, SUBMIT,  -
            RETRACTED, APPROVE, -
            RETRACTED, RETURN,  -
            RETRACTED, RETRACT, -
            DRAFT,     MERGE,   MERGED
            IN_REVIEW, MERGE,   MERGED
            PUBLISHED, MERGE,   MERGED
            RETRACTED, MERGE,   -
            MERGED,    EDIT,    -
            MERGED,    SUBMIT,  -
            MERGED,    APPROVE, -
            MERGED,    RETURN,  -
            MERGED,    RETRACT, -
            MERGED,    MERGE,   -
            DRAFT,     DISCARD, PUBLISHED
            IN_REVIEW, DISCARD, PUBLISHED
            PUBLISHED, DISCARD, -
            RETRACTED, DISCARD, -
            MERGED,    DISCARD, -
            """)
    void transitions(EventStatus from, WorkflowAction action, String to) {
        if (to.equals("-")) {
            assertThatThrownBy(() -> EventWorkflow.next(from, action)).isInstanceOf(WorkflowViolationException.class)
                    .hasMessageContaining("cannot be");
        } else {
            assertThat(EventWorkflow.next(from, action)).isEqualTo(EventStatus.valueOf(to));
        }
    }
}
