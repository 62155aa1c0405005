package org.annals.event.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.hibernate.envers.Audited;

@Entity
@Table(name = "event_actor")
@Audited
public class EventActorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private TimelineEventEntity event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private ActorEntity actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorRole role;

    protected EventActorEntity() {
    }

    EventActorEntity(TimelineEventEntity event, ActorEntity actor, ActorRole role) {
        this.event = event;
        this.actor = actor;
        this.role = role;
    }

    ActorLink toLink() {
        return new ActorLink(actor.getName(), actor.getKind(), role);
    }
}
