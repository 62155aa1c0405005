package org.annals.event;

import org.annals.shared.Wording;

/**
 * The editorial state machine: DRAFT → IN_REVIEW (submit) → PUBLISHED (approve) or back to DRAFT (return);
 * a published event (corrections pending or not) → RETRACTED (retract); any live event → MERGED into another
 * (merge); a pending correction → PUBLISHED again by discarding it (discard). Editing a published event starts a
 * pending correction (its working copy becomes a DRAFT) while readers keep the published version; a retracted event
 * is not edited. Who may take a step is the review module's rule, not the state machine's.
 */
public final class EventWorkflow {

    private EventWorkflow() {
    }

    public static EventStatus next(EventStatus from, WorkflowAction action) {
        EventStatus to = switch (action) {
            case EDIT -> from == EventStatus.RETRACTED || from == EventStatus.MERGED ? null : EventStatus.DRAFT;
            case SUBMIT -> from == EventStatus.DRAFT ? EventStatus.IN_REVIEW : null;
            case APPROVE -> from == EventStatus.IN_REVIEW ? EventStatus.PUBLISHED : null;
            case RETURN -> from == EventStatus.IN_REVIEW ? EventStatus.DRAFT : null;
            // the service also requires a readers' copy: a pending correction can be retracted with its event
            case RETRACT -> from == EventStatus.RETRACTED || from == EventStatus.MERGED ? null : EventStatus.RETRACTED;
            case DISCARD -> from == EventStatus.DRAFT || from == EventStatus.IN_REVIEW ? EventStatus.PUBLISHED : null;
            case MERGE -> from == EventStatus.RETRACTED || from == EventStatus.MERGED ? null : EventStatus.MERGED;
        };
        if (to == null) {
            throw new WorkflowViolationException("An event that is " + label(from) + " cannot be "
                    + past(action) + (action == WorkflowAction.APPROVE || action == WorkflowAction.RETURN
                    ? ": only events in review can" : ""), "form.refusal.step." + action.name(),
                    Wording.of(label(from), "form.status." + from.name()));
        }
        return to;
    }

    private static String label(EventStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String past(WorkflowAction action) {
        return switch (action) {
            case EDIT -> "edited";
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case RETURN -> "returned";
            case RETRACT -> "retracted";
            case MERGE -> "merged";
            case DISCARD -> "reset to its published version";
        };
    }
}
