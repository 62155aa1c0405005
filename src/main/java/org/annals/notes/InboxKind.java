package org.annals.notes;

/** Why something is in a person's inbox. */
public enum InboxKind {
    MENTION, REPLY, EVENT_CHANGED
}
