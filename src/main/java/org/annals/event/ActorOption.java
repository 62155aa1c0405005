package org.annals.event;

/** An actor already known on a timeline, offered when linking actors to an event. */
public record ActorOption(String name, ActorKind kind) {
}
