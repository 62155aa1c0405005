package org.annals.event;

import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;

/** An actor taking part in an event, by name (actors are shared by a timeline's events), with its role. */
public record ActorLink(String name, ActorKind kind, ActorRole role) {

    public ActorLink {
        name = PlainText.required("actorName", name, 200);
        if (kind == null || role == null) {
            throw new InvalidInputException("actor", "An actor needs a kind and a role", "form.refusal.actor.kindAndRole");
        }
    }
}
