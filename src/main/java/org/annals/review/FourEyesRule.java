package org.annals.review;

import org.annals.event.WorkflowViolationException;
import org.jspecify.annotations.Nullable;

/** Whoever wrote or submitted a change may not approve it (on by default, per timeline). */
final class FourEyesRule {

    private FourEyesRule() {
    }

    static void check(String reviewer, @Nullable String lastEditedBy, @Nullable String submittedBy) {
        if (reviewer.equals(lastEditedBy) || reviewer.equals(submittedBy)) {
            throw new WorkflowViolationException("Four-eyes rule: " + reviewer
                    + " wrote or submitted this change, so another reviewer must approve it", "review.refusal.fourEyes", reviewer);
        }
    }
}
