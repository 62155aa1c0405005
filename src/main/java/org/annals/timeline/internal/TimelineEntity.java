package org.annals.timeline.internal;

import org.annals.timeline.TimelineId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.annals.timeline.TimelineSummary;
import org.annals.timeline.Visibility;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "timeline")
@Audited
public class TimelineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    /** A reviewer may not approve a change they made or submitted themselves. */
    @Column(name = "four_eyes", nullable = false)
    private boolean fourEyes = true;

    @Version
    private long version;

    protected TimelineEntity() {
    }

    public TimelineEntity(String slug, String title, @Nullable String description, Visibility visibility) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.visibility = visibility;
    }

    public TimelineSummary toSummary() {
        return new TimelineSummary(TimelineId.of(id), slug, title, description, visibility, fourEyes);
    }

    public void setFourEyes(boolean fourEyes) {
        this.fourEyes = fourEyes;
    }
}
