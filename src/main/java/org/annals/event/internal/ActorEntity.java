package org.annals.event.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.annals.event.ActorKind;
import org.hibernate.envers.Audited;

/** An actor of one timeline, shared by its events. */
@Entity
@Table(name = "actor")
@Audited
public class ActorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "timeline_id", nullable = false)
    private long timelineId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;

    @Version
    private long version;

    protected ActorEntity() {
    }

    ActorEntity(long timelineId, String name, ActorKind kind) {
        this.timelineId = timelineId;
        this.name = name;
        this.kind = kind;
    }

    String getName() {
        return name;
    }

    ActorKind getKind() {
        return kind;
    }
}
