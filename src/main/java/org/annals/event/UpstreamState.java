package org.annals.event;

/** How a row of an import file stands against the timeline (issue 18: re-imports flag what changed upstream). */
public enum UpstreamState {
    /** No event has its ref: the import adds one. */
    NEW,
    /** The event says what the file says (or was imported before imports kept what they said). */
    UNCHANGED,
    /** The row changed upstream and editors have not changed the event since it was imported: the import updates it. */
    CHANGED,
    /** The row changed upstream, but so did the event here (or it was retracted or merged): it is left as it is. */
    CHANGED_EDITED_HERE
}
