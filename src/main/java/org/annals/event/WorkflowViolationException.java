package org.annals.event;

import org.annals.shared.KeyedRefusal;
import org.jspecify.annotations.Nullable;

/** A step the review workflow does not allow from where the event stands (or not to this person). */
public class WorkflowViolationException extends KeyedRefusal {

    public WorkflowViolationException(String message) {
        this(message, null);
    }

    public WorkflowViolationException(String message, @Nullable String key, Object... args) {
        super(message, key, args);
    }
}
