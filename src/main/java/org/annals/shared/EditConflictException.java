package org.annals.shared;

import org.jspecify.annotations.Nullable;

/** Someone else saved the same thing since it was opened: the save is refused instead of overwriting their work. */
public class EditConflictException extends RuntimeException implements Refusal {

    private final @Nullable String key;
    private final Object[] args;

    public EditConflictException(String message) {
        this(message, null);
    }

    public EditConflictException(String message, @Nullable String key, Object... args) {
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
