package org.annals.event.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.annals.event.Disagreement;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "source_disagreement")
@Audited
public class DisagreementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private TimelineEventEntity event;

    @Column(nullable = false)
    private String topic;
    @Column(nullable = false)
    private String claims;
    @Column(nullable = false)
    private String reading;
    private @Nullable String rationale;

    protected DisagreementEntity() {
    }

    DisagreementEntity(TimelineEventEntity event, Disagreement disagreement) {
        this.event = event;
        this.topic = disagreement.topic();
        this.claims = disagreement.claims();
        this.reading = disagreement.reading();
        this.rationale = disagreement.rationale();
    }

    Disagreement toRecord() {
        return new Disagreement(topic, claims, reading, rationale);
    }
}
