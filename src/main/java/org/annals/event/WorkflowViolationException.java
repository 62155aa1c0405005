package org.annals.event;

import org.annals.shared.Refusal;
import org.jspecify.annotations.Nullable;

/** A step the review workflow does not allow from where the event stands (or not to this person). */
public class WorkflowViolationException extends RuntimeException implements Refusal {

    private final @Nullable String key;
    private final Object[] args;

    public WorkflowViolationException(String message) {
        this(message, null);
    }

    public WorkflowViolationException(String message, @Nullable String key, Object... args) {
        super(message);
        this.key = key;
        this.args = Refusal.values(args);
    }

    @Override
    public @Nullable String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
