package org.annals.event;

/** A step the editorial workflow does not allow from where the event stands, or not to this person. */
public class WorkflowViolationException extends RuntimeException {

    public WorkflowViolationException(String message) {
        super(message);
    }
}
