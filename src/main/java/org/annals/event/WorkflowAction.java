package org.annals.event;

/** What people do to an event's working copy. */
public enum WorkflowAction {
    EDIT, SUBMIT, APPROVE, RETURN, RETRACT, MERGE, DISCARD
}
