package org.annals.event.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.annals.event.RelationKind;
import org.hibernate.envers.Audited;

/** A typed link between two events of one timeline; audited, so relating and unrelating show in history. */
@Entity
@Table(name = "event_relation")
@Audited
public class EventRelationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "from_event_id", nullable = false)
    private long fromEventId;

    @Column(name = "to_event_id", nullable = false)
    private long toEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationKind kind;

    protected EventRelationEntity() {
    }

    EventRelationEntity(long fromEventId, long toEventId, RelationKind kind) {
        this.fromEventId = fromEventId;
        this.toEventId = toEventId;
        this.kind = kind;
    }

    long getId() {
        return id;
    }

    long getFromEventId() {
        return fromEventId;
    }

    long getToEventId() {
        return toEventId;
    }

    RelationKind getKind() {
        return kind;
    }
}
