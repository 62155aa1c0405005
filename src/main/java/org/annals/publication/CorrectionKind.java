package org.annals.publication;

/** A retraction withdraws a published event; a correction changes it substantively. */
public enum CorrectionKind {
    CORRECTION, RETRACTION
}
