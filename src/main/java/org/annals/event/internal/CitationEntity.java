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
import org.annals.event.CitationStance;
import org.annals.event.CitationView;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "citation")
@Audited
public class CitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private TimelineEventEntity event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private SourceEntity source;

    private @Nullable String quote;
    private @Nullable String supports;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CitationStance stance;

    protected CitationEntity() {
    }

    CitationEntity(TimelineEventEntity event, SourceEntity source, @Nullable String quote, @Nullable String supports,
            CitationStance stance) {
        this.event = event;
        this.source = source;
        this.quote = quote;
        this.supports = supports;
        this.stance = stance;
    }

    CitationView toView() {
        return new CitationView(source.toView(), quote, supports, stance);
    }
}
