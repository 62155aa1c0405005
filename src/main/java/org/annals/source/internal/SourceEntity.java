package org.annals.source.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.annals.source.SourceInput;
import org.annals.source.SourceView;
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

    public SourceEntity(long timelineId, SourceInput input) {
        this.timelineId = timelineId;
        this.url = input.url();
        this.publisher = input.publisher();
        this.title = input.title();
        this.publishedOn = input.publishedOn();
        this.language = input.language();
        this.archiveUrl = input.archiveUrl();
    }

    /**
     * Takes what a newer description of the same source says (an editor corrected its title, added an archived
     * copy); what the description leaves empty is kept, so citing a source by URL alone loses nothing.
     */
    public void complete(SourceInput input) {
        publisher = input.publisher() != null ? input.publisher() : publisher;
        title = input.title() != null ? input.title() : title;
        publishedOn = input.publishedOn() != null ? input.publishedOn() : publishedOn;
        language = input.language() != null ? input.language() : language;
        archiveUrl = input.archiveUrl() != null ? input.archiveUrl() : archiveUrl;
    }

    public long getId() {
        return id;
    }

    public SourceView toView() {
        return new SourceView(url, publisher, title, publishedOn, language, archiveUrl);
    }
}
