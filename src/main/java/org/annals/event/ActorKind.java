package org.annals.event;

/** What sort of actor takes part in events. */
public enum ActorKind {
    STATE, ORGANISATION, PERSON, ARMED_GROUP
}
