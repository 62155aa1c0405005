package org.annals.event;

import java.util.List;

/**
 * What relating or unrelating did: the relations as they are now, and which event got a new version for it (the event
 * the relation starts from), from which version to which. An editor who relates their own open event knows from this
 * that the new version is theirs alone, and is not warned later that "someone else" saved it.
 */
public record RelationsUpdate(List<EventRelation> relations, EventId changedEvent, long versionBefore, long versionAfter) {

    /** Whether the change moved {@code event} on from exactly {@code version}, with nobody else's save in between. */
    public boolean onlyChangeSince(EventId event, long version) {
        return changedEvent.equals(event) && versionBefore == version;
    }
}
