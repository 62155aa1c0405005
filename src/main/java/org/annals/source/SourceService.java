package org.annals.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.source.internal.SourceEntity;
import org.annals.source.internal.SourceRepository;
import org.annals.source.internal.capture.CaptureJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.annals.timeline.TimelineId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to a timeline's sources. Called by the services of the modules that cite them (events), which have already
 * checked who may do what on the timeline; here only a signed-in person (or the system) gets in.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SourceService {

    private final SourceRepository sources;
    private final CaptureJobs captures;
    private final boolean captureOnCitation;

    SourceService(SourceRepository sources, CaptureJobs captures,
            @Value("${annals.capture.on-citation:true}") boolean captureOnCitation) {
        this.sources = sources;
        this.captures = captures;
        this.captureOnCitation = captureOnCitation;
    }

    /**
     * The timeline's source with this URL, created if the timeline cites it for the first time; a newer description
     * completes what the stored one leaves empty and never erases anything.
     */
    @Transactional
    public SourceId cite(TimelineId timelineId, SourceInput input) {
        SourceEntity source = sources.findByTimelineIdAndUrl(timelineId.value(), input.url())
                .orElseGet(() -> {
                    captureOnceCommitted(input.url());
                    return sources.save(new SourceEntity(timelineId.value(), input));
                });
        source.complete(input);
        return new SourceId(source.getId());
    }

    /** A URL cited for the first time is captured (issue 17), once the citation is stored: a rolled-back one is not. */
    private void captureOnceCommitted(String url) {
        if (!captureOnCitation) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    captures.request(url);
                }
            });
        } else {
            captures.request(url);
        }
    }

    /** The source with this URL if the timeline already cites it. */
    @Transactional(readOnly = true)
    public Optional<SourceView> findByUrl(TimelineId timelineId, String url) {
        return sources.findByTimelineIdAndUrl(timelineId.value(), url.strip()).map(SourceEntity::toView);
    }

    /** How each of these sources is described now, in one read. */
    @Transactional(readOnly = true)
    public Map<SourceId, SourceView> describe(Collection<SourceId> ids) {
        Map<SourceId, SourceView> views = new HashMap<>();
        if (!ids.isEmpty()) {
            sources.findAllById(ids.stream().map(SourceId::value).distinct().toList())
                    .forEach(source -> views.put(new SourceId(source.getId()), source.toView()));
        }
        return views;
    }
}
