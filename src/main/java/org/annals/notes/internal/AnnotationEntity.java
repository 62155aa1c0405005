package org.annals.notes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.annals.notes.Anchor;
import org.annals.notes.AnchorTarget;
import org.annals.notes.Note;
import org.annals.notes.NoteVisibility;
import org.annals.notes.TextQuote;
import org.annals.shared.MarkdownText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A note or a reply ({@code threadId} set). Never deleted: deletion is a flag, and Envers keeps every version. */
@Entity
@Table(name = "annotation")
@Audited
public class AnnotationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "timeline_id", nullable = false)
    private long timelineId;

    @Column(name = "thread_id")
    private @Nullable Long threadId;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_target", nullable = false)
    private AnchorTarget anchorTarget;

    @Column(name = "anchor_citation_url")
    private @Nullable String anchorCitationUrl;

    @Column(name = "quote_exact")
    private @Nullable String quoteExact;
    @Column(name = "quote_prefix")
    private @Nullable String quotePrefix;
    @Column(name = "quote_suffix")
    private @Nullable String quoteSuffix;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] mentions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteVisibility visibility;

    @Column(name = "visibility_by")
    private @Nullable String visibilityBy;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(nullable = false)
    private boolean deleted;

    @Column(nullable = false)
    private boolean edited;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AnnotationEntity() {
    }

    public AnnotationEntity(long eventId, long timelineId, @Nullable Long threadId, String author, String body,
            Anchor anchor, Set<String> mentions, Instant now) {
        this.eventId = eventId;
        this.timelineId = timelineId;
        this.threadId = threadId;
        this.author = author;
        this.body = body;
        this.anchorTarget = anchor.target();
        this.anchorCitationUrl = anchor.citationUrl();
        if (anchor.quote() != null) {
            this.quoteExact = anchor.quote().exact();
            this.quotePrefix = anchor.quote().prefix();
            this.quoteSuffix = anchor.quote().suffix();
        }
        this.mentions = mentions.toArray(String[]::new);
        this.visibility = NoteVisibility.TEAM;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Note toNote(boolean orphaned) {
        return new Note(id, eventId, threadId, author, deleted ? "" : body, deleted ? "" : MarkdownText.toSafeHtml(body),
                anchor(), orphaned, visibility, visibilityBy, resolved, resolvedBy, deleted, edited,
                new LinkedHashSet<>(Arrays.asList(mentions)), createdAt, version);
    }

    public Anchor anchor() {
        TextQuote quote = quoteExact == null ? null
                : new TextQuote(quoteExact, quotePrefix == null ? "" : quotePrefix, quoteSuffix == null ? "" : quoteSuffix);
        return new Anchor(anchorTarget, anchorCitationUrl, quote);
    }

    public void edit(String newBody, Set<String> newMentions, Instant now) {
        body = newBody;
        mentions = newMentions.toArray(String[]::new);
        edited = true;
        updatedAt = now;
    }

    public void delete(Instant now) {
        deleted = true;
        updatedAt = now;
    }

    public void resolve(boolean value, String by, Instant now) {
        resolved = value;
        resolvedBy = value ? by : null;
        updatedAt = now;
    }

    public void show(NoteVisibility value, String by, Instant now) {
        visibility = value;
        visibilityBy = by;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getTimelineId() {
        return timelineId;
    }

    public @Nullable Long getThreadId() {
        return threadId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Set<String> getMentions() {
        return new LinkedHashSet<>(Arrays.asList(mentions));
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getResolvedBy() {
        return resolvedBy;
    }
}
