package org.annals.event;

/** Whether a cited source agrees with the event as recorded, contradicts it, or adds context. */
public enum CitationStance {
    AGREES, CONTRADICTS, CONTEXT
}
