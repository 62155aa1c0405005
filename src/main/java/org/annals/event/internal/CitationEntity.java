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
import java.util.Map;
import org.annals.event.CitationStance;
import org.annals.event.CitationView;
import org.annals.source.SourceId;
import org.annals.source.SourceView;
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

    /** The cited source, kept by the source module: referred to by id, not by an association across modules. */
    @Column(name = "source_id", nullable = false)
    private long sourceId;

    private @Nullable String quote;
    private @Nullable String supports;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CitationStance stance;

    protected CitationEntity() {
    }

    CitationEntity(TimelineEventEntity event, SourceId source, @Nullable String quote, @Nullable String supports,
            CitationStance stance) {
        this.event = event;
        this.sourceId = source.value();
        this.quote = quote;
        this.supports = supports;
        this.stance = stance;
    }

    SourceId source() {
        return new SourceId(sourceId);
    }

    CitationView toView(Map<SourceId, SourceView> sources) {
        return new CitationView(sources.get(source()), quote, supports, stance);
    }
}
