package org.annals.event;

/** The part an actor plays in one event. */
public enum ActorRole {
    PARTICIPANT, SPEAKER, MEDIATOR, TARGET
}
