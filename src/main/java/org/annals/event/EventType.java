package org.annals.event;

/** What kind of event it is; an event may have several. */
public enum EventType {
    MILITARY, DIPLOMATIC, STATEMENT, SANCTIONS, AID, HUMANITARIAN
}
