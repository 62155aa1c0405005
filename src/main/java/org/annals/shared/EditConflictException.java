package org.annals.shared;

import org.jspecify.annotations.Nullable;

/** Someone else saved the same thing since it was opened: the save is refused instead of overwriting their work. */
public class EditConflictException extends KeyedRefusal {

    public EditConflictException(String message) {
        this(message, null);
    }

    public EditConflictException(String message, @Nullable String key, Object... args) {
        super(message, key, args);
    }
}
