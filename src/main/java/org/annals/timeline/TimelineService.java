package org.annals.timeline;

import java.util.List;
import java.util.Optional;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.internal.TimelineEntity;
import org.annals.timeline.internal.TimelineRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only door to timelines. Public ones are readable by anyone; the rest need an account. */
@Service
@PreAuthorize("isAuthenticated()")
public class TimelineService {

    private final TimelineRepository timelines;

    TimelineService(TimelineRepository timelines) {
        this.timelines = timelines;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<TimelineSummary> publicTimelines() {
        return timelines.findByVisibilityOrderByTitle(Visibility.PUBLIC).stream().map(TimelineEntity::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<TimelineSummary> findPublic(String slug) {
        return timelines.findBySlug(slug).map(TimelineEntity::toSummary)
                .filter(t -> t.visibility() == Visibility.PUBLIC);
    }

    @Transactional(readOnly = true)
    public List<TimelineSummary> all() {
        return timelines.findAllByOrderByTitle().stream().map(TimelineEntity::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public TimelineSummary get(long id) {
        return timelines.findById(id).map(TimelineEntity::toSummary)
                .orElseThrow(() -> new org.annals.shared.NotFoundException("No timeline " + id));
    }

    @Transactional(readOnly = true)
    public Optional<TimelineSummary> find(String slug) {
        return timelines.findBySlug(slug).map(TimelineEntity::toSummary);
    }

    /** Turns the four-eyes rule on or off for one timeline (on by default). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineSummary setFourEyes(String slug, boolean fourEyes) {
        TimelineEntity timeline = timelines.findBySlug(slug)
                .orElseThrow(() -> new org.annals.shared.NotFoundException("No timeline " + slug));
        timeline.setFourEyes(fourEyes);
        return timelines.save(timeline).toSummary();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TimelineSummary create(NewTimeline timeline) {
        if (timelines.findBySlug(timeline.slug()).isPresent()) {
            throw new InvalidInputException("slug", "A timeline with the slug " + timeline.slug() + " exists");
        }
        return timelines.save(new TimelineEntity(timeline.slug(), timeline.title(), timeline.description(),
                timeline.visibility())).toSummary();
    }
}
