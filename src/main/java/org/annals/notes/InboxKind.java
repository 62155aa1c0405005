package org.annals.notes;

/**
 * Why something is in a person's inbox. {@code SOURCE_ROW_CHANGED}: a re-import found the source row of an event this
 * person edited changed upstream, and left the event as they have it.
 */
public enum InboxKind {
    MENTION, REPLY, EVENT_CHANGED, SOURCE_ROW_CHANGED
}
