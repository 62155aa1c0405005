package org.annals.shared;

/** Someone else saved the same thing since it was opened: the save is refused instead of overwriting their work. */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
