package org.annals.publication;

/** The permalink of a duplicate that was merged: readers are sent to the event it became part of. */
public class EventMovedException extends RuntimeException {

    private final String newSlug;

    public EventMovedException(String newSlug) {
        super("This event was merged into " + newSlug);
        this.newSlug = newSlug;
    }

    public String newSlug() {
        return newSlug;
    }
}
