package org.annals.notes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.annals.notes.InboxItem;
import org.annals.notes.InboxKind;
import org.jspecify.annotations.Nullable;

/** One entry of someone's inbox. Not audited: it is a notification, not editorial work. */
@Entity
@Table(name = "inbox_item")
public class InboxItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InboxKind kind;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "annotation_id")
    private @Nullable Long annotationId;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String excerpt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "event_headline")
    private @Nullable String eventHeadline;

    protected InboxItemEntity() {
    }

    public InboxItemEntity(String username, InboxKind kind, long eventId, @Nullable String eventHeadline,
            @Nullable Long annotationId, String actor, String excerpt, Instant now) {
        this.username = username;
        this.kind = kind;
        this.eventId = eventId;
        this.eventHeadline = eventHeadline;
        this.annotationId = annotationId;
        this.actor = actor;
        // a note's excerpt is a glimpse; what changed in a source row is the item itself, so it keeps more
        int kept = kind == InboxKind.SOURCE_ROW_CHANGED ? 1000 : 200;
        this.excerpt = excerpt.length() > kept ? excerpt.substring(0, kept - 1) + "…" : excerpt;
        this.createdAt = now;
    }

    public InboxItem toItem() {
        return new InboxItem(id, kind, eventId, eventHeadline, annotationId, actor, excerpt, createdAt, readAt != null);
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public String getUsername() {
        return username;
    }
}
