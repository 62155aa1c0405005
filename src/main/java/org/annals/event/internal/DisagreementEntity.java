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
import java.util.List;
import org.annals.event.Disagreement;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "source_urls", nullable = false, columnDefinition = "text[]")
    private String @Nullable [] sourceUrls = new String[0];

    protected DisagreementEntity() {
    }

    DisagreementEntity(TimelineEventEntity event, Disagreement disagreement) {
        this.event = event;
        this.topic = disagreement.topic();
        this.claims = disagreement.claims();
        this.reading = disagreement.reading();
        this.rationale = disagreement.rationale();
        this.sourceUrls = disagreement.sources().toArray(String[]::new);
    }

    Disagreement toRecord() {
        // revisions recorded before disagreements named sources (V0042) have none
        return new Disagreement(topic, claims, reading, rationale, sourceUrls == null ? List.of() : List.of(sourceUrls));
    }
}
