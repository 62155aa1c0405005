package org.annals.event;

/** How well the sources establish the event: stated by a source, worked out from one, or not yet checked. */
public enum Confidence {
    VERIFIED, INFERRED, UNVERIFIED
}
