package org.annals.event.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.annals.event.SourceInput;
import org.annals.event.SourceView;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A published source of one timeline; events cite it, each with their own quote. Unique per URL. */
@Entity
@Table(name = "source")
@Audited
public class SourceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "timeline_id", nullable = false)
    private long timelineId;

    @Column(nullable = false)
    private String url;

    private @Nullable String publisher;
    private @Nullable String title;
    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;
    private @Nullable String language;
    @Column(name = "archive_url")
    private @Nullable String archiveUrl;

    @Version
    private long version;

    protected SourceEntity() {
    }

    SourceEntity(long timelineId, SourceInput input) {
        this.timelineId = timelineId;
        this.url = input.url();
        this.publisher = input.publisher();
        this.title = input.title();
        this.publishedOn = input.publishedOn();
        this.language = input.language();
        this.archiveUrl = input.archiveUrl();
    }

    /** Fills in what this source lacks from another description of it; never overwrites what is known. */
    void complete(SourceInput input) {
        publisher = publisher != null ? publisher : input.publisher();
        title = title != null ? title : input.title();
        publishedOn = publishedOn != null ? publishedOn : input.publishedOn();
        language = language != null ? language : input.language();
        archiveUrl = archiveUrl != null ? archiveUrl : input.archiveUrl();
    }

    SourceView toView() {
        return new SourceView(url, publisher, title, publishedOn, language, archiveUrl);
    }
}
