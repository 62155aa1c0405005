package org.annals.event.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.annals.event.ActorRole;
import org.annals.event.CitationInput;
import org.annals.event.EventId;
import org.annals.timeline.TimelineId;
import org.annals.event.Confidence;
import org.annals.event.DataSetFields;
import org.annals.event.Disagreement;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.EventWorkflow;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.event.WorkflowAction;
import org.annals.shared.GeoPoint;
import org.annals.source.SourceId;
import org.annals.source.SourceView;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The event aggregate: its content, its actor links, citations and recorded disagreements. */
@Entity
@Table(name = "timeline_event")
@Audited
public class TimelineEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "timeline_id", nullable = false)
    private long timelineId;

    @Column(nullable = false)
    private String slug;

    @Column(name = "external_ref")
    private @Nullable String externalRef;

    @Column(nullable = false)
    private String headline;

    private @Nullable String summary;

    @Column(name = "date_note")
    private @Nullable String dateNote;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "start_latest")),
            @AttributeOverride(name = "precision", column = @Column(name = "start_precision")),
            @AttributeOverride(name = "nominal", column = @Column(name = "start_nominal"))})
    private StoredDate start;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "end_latest")),
            @AttributeOverride(name = "precision", column = @Column(name = "end_precision")),
            @AttributeOverride(name = "nominal", column = @Column(name = "end_nominal"))})
    private @Nullable StoredDate end;

    @Column(name = "place_name")
    private @Nullable String placeName;
    @Column(name = "place_latitude")
    private @Nullable Double placeLatitude;
    @Column(name = "place_longitude")
    private @Nullable Double placeLongitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "place_precision", nullable = false)
    private PlacePrecision placePrecision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] types;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidence confidence;

    @Column(name = "fatalities_low")
    private @Nullable Integer fatalitiesLow;
    @Column(name = "fatalities_best")
    private @Nullable Integer fatalitiesBest;
    @Column(name = "fatalities_high")
    private @Nullable Integer fatalitiesHigh;
    private @Nullable String admin1;
    private @Nullable String admin2;
    private @Nullable String admin3;
    @Column(name = "disorder_type")
    private @Nullable String disorderType;
    private @Nullable String interaction;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_codes", nullable = false, columnDefinition = "text[]")
    private String[] dataCodes = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status;

    @Column(name = "last_edited_by")
    private @Nullable String lastEditedBy;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    /** Whether readers see a published version (retracted included): kept here, not asked of the readers' table. */
    @NotAudited
    @Column(name = "has_published_version", nullable = false)
    private boolean hasPublishedVersion;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EventActorEntity> actors = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CitationEntity> citations = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<DisagreementEntity> disagreements = new ArrayList<>();

    protected TimelineEventEntity() {
    }

    TimelineEventEntity(long timelineId, String slug, @Nullable String externalRef, EventContent content,
            EventStatus status, String author, Instant now) {
        this.timelineId = timelineId;
        this.slug = slug;
        this.externalRef = externalRef;
        this.status = status;
        this.hasPublishedVersion = status == EventStatus.PUBLISHED;
        this.createdAt = now;
        apply(content, author, now);
    }

    void apply(EventContent content, String author, Instant now) {
        lastEditedBy = author;
        headline = content.headline();
        summary = content.summary();
        dateNote = content.dateNote();
        start = new StoredDate(content.start());
        end = content.end() == null ? null : new StoredDate(content.end());
        Place place = content.place();
        placeName = place.name();
        placeLatitude = place.point() == null ? null : place.point().latitude();
        placeLongitude = place.point() == null ? null : place.point().longitude();
        placePrecision = place.precision();
        types = content.types().stream().map(Enum::name).sorted().toArray(String[]::new);
        tags = content.tags().stream().sorted().toArray(String[]::new);
        confidence = content.confidence();
        DataSetFields data = content.data();
        fatalitiesLow = data.fatalitiesLow();
        fatalitiesBest = data.fatalitiesBest();
        fatalitiesHigh = data.fatalitiesHigh();
        admin1 = data.admin1();
        admin2 = data.admin2();
        admin3 = data.admin3();
        disorderType = data.disorderType();
        interaction = data.interaction();
        dataCodes = data.codeEntries().toArray(String[]::new);
        updatedAt = now;
    }

    /** Drops the actor links, citations and disagreements, to be replaced by the ones an editor saved. */
    void clearLinks() {
        actors.clear();
        citations.clear();
        disagreements.clear();
    }

    void link(ActorEntity actor, ActorRole role) {
        actors.add(new EventActorEntity(this, actor, role));
    }

    void cite(SourceId source, CitationInput citation) {
        citations.add(new CitationEntity(this, source, citation.quote(), citation.supports(), citation.stance()));
    }

    void record(Disagreement disagreement) {
        disagreements.add(new DisagreementEntity(this, disagreement));
    }

    /** Moves the working copy through the workflow; the service has checked who may. */
    void move(WorkflowAction action, String actor, @Nullable String comment, Instant now) {
        status = EventWorkflow.next(status, action);
        switch (action) {
            case SUBMIT -> {
                submittedBy = actor;
                reviewComment = null;
            }
            case RETURN -> reviewComment = comment;
            case APPROVE -> {
                reviewComment = null;
                hasPublishedVersion = true;
            }
            case DISCARD -> reviewComment = null;
            case EDIT, RETRACT, MERGE -> { }
        }
        updatedAt = now;
    }

    @Nullable String getLastEditedBy() {
        return lastEditedBy;
    }

    @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    @Nullable String getReviewComment() {
        return reviewComment;
    }

    void touchedBy(String author, Instant now) {
        lastEditedBy = author;
        updatedAt = now;
    }

    void mergeInto(long survivorId) {
        mergedIntoId = survivorId;
        // a merged duplicate leaves every public surface
        hasPublishedVersion = false;
    }

    boolean hasPublishedVersion() {
        return hasPublishedVersion;
    }


    String getSlug() {
        return slug;
    }

    long getId() {
        return id;
    }

    @Nullable String getExternalRef() {
        return externalRef;
    }

    long getTimelineId() {
        return timelineId;
    }

    long getVersion() {
        return version;
    }

    EventStatus getStatus() {
        return status;
    }

    EventContent content() {
        GeoPoint point = placeLatitude == null || placeLongitude == null ? null : new GeoPoint(placeLatitude, placeLongitude);
        EnumSet<EventType> eventTypes = EnumSet.noneOf(EventType.class);
        Arrays.stream(types).map(EventType::valueOf).forEach(eventTypes::add);
        return new EventContent(headline, summary, start.toDate(), end == null ? null : end.toDate(), dateNote,
                new Place(placeName, point, placePrecision), eventTypes,
                new LinkedHashSet<>(Arrays.asList(tags)), confidence, new DataSetFields(fatalitiesLow, fatalitiesBest,
                fatalitiesHigh, admin1, admin2, admin3, disorderType, interaction, DataSetFields.codesFromEntries(Arrays.asList(dataCodes))));
    }

    /** The sources this event cites, to be described by the source module for {@link #toDetails}. */
    List<SourceId> citedSources() {
        return citations.stream().map(CitationEntity::source).toList();
    }

    EventDetails toDetails(String timelineSlug, Map<SourceId, SourceView> sources) {
        return new EventDetails(EventId.of(id), TimelineId.of(timelineId), timelineSlug, slug, externalRef, status, version, content(),
                actors.stream().map(EventActorEntity::toLink).toList(),
                citations.stream().map(citation -> citation.toView(sources)).toList(),
                disagreements.stream().map(DisagreementEntity::toRecord).toList(),
                updatedAt);
    }
}
