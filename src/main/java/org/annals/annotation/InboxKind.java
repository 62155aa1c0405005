package org.annals.annotation;

/** Why something is in a person's inbox. */
public enum InboxKind {
    MENTION, REPLY, EVENT_CHANGED
}
