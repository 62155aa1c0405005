package org.annals.event;

/** The lists on an editor's home screen. */
public enum WorkItem {
    /** Drafts I wrote last that no reviewer has returned. */
    MY_DRAFTS,
    /** Drafts a reviewer returned, that I wrote or submitted. */
    RETURNED_TO_ME,
    /** Everything waiting for a reviewer. */
    AWAITING_REVIEW
}
