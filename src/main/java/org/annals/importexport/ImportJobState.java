package org.annals.importexport;

/** Where an import job is: checked, waiting for an administrator, importing, or over. */
public enum ImportJobState {
    /** The file is being read and every row checked; nothing is stored yet. */
    CHECKING,
    /** Checked: the report waits for an administrator to import the new events or discard the file. */
    READY,
    /** The file itself cannot be read (not an export of its kind, wrong encoding, too many rows); nothing stored. */
    REFUSED,
    /** Confirmed and being written, in one transaction: editors see all of it or none. */
    IMPORTING,
    DONE,
    /** Stopped by a fault of ours or of the database; nothing of it was stored. */
    FAILED,
    /** An administrator decided not to import it. */
    DISCARDED,
    /** Imported, then undone by an administrator while its events were untouched drafts: they are gone. */
    UNDONE;

    /** Whether the job still has work of its own to do (a page showing it keeps watching). */
    public boolean running() {
        return this == CHECKING || this == IMPORTING;
    }
}
