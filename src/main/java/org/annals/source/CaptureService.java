package org.annals.source;

import java.util.Optional;
import org.annals.source.internal.capture.CaptureJobs;
import org.annals.source.internal.capture.CaptureStore;
import org.annals.source.internal.capture.ExternalArchives;
import org.annals.source.internal.capture.LinkChecks;
import org.annals.source.internal.capture.LinkHealthStore;
import org.annals.source.internal.capture.QuoteMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to the captures of cited pages (issue 17): queue one, capture one now, read the latest, check a quote
 * against it; and to the link check (is the original still there, gone, moved?). A capture fetches a stranger's server: it never runs inside a transaction that holds a connection.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CaptureService {

    private final CaptureJobs jobs;
    private final CaptureStore store;
    private final LinkChecks links;
    private final LinkHealthStore health;

    private final ExternalArchives external;

    CaptureService(CaptureJobs jobs, CaptureStore store, LinkChecks links, LinkHealthStore health, ExternalArchives external) {
        this.external = external;
        this.jobs = jobs;
        this.store = store;
        this.links = links;
        this.health = health;
    }

    /** Checks whether the link still leads to its page, now, and records the answer (a link check of one URL). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LinkHealth checkLink(String url) {
        return links.check(url);
    }

    /** Checks the cited links that are due now, a batch of them, as the periodic check does; how many were checked. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int checkDueLinks() {
        return links.checkDue();
    }

    /** The last check of each of these links that has been checked (readers' pages pass the URLs an event cites). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<String, LinkHealth> linkHealth(java.util.Collection<String> urls) {
        return health.of(urls);
    }

    /** The newest copy an outside archive keeps of each of these URLs that has one (readers' pages pass their URLs). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<String, ExternalCopy> externalCopies(java.util.Collection<String> urls) {
        return external.of(urls);
    }

    /** Links gone, moved or unreachable at their last check, the newest trouble first (at most {@code limit}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<LinkHealth> troubledLinks(int limit) {
        return health.troubled(limit);
    }

    /** Queues a capture of the URL (once, whichever instance asks); false when one is queued already. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean request(String url) {
        return jobs.request(url);
    }

    /** Captures the URL now and answers with the attempt: captured, or failed with the reason. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SourceCapture captureNow(String url) {
        return jobs.captureNow(url);
    }

    /** The newest successful capture of the URL, else its newest failed attempt; empty when never tried. */
    @Transactional(readOnly = true)
    public Optional<SourceCapture> latest(String url) {
        return store.latest(url);
    }

    /** Whether the quote occurs in the capture's text (spacing and the kind of quotation marks aside); empty without text. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Boolean> quoteFound(long captureId, String quote) {
        return store.text(captureId).map(text -> QuoteMatch.occursIn(quote, text));
    }

    /** The capture as a WARC file (gzip), for download. Readers' callers check first that a published event cites it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> warc(long captureId) {
        return store.warc(captureId);
    }

    /**
     * The newest successful capture of each URL that has one, for the readers' page of a published event (its callers
     * pass the URLs that event cites, nothing else).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<String, SourceCapture> capturedCopies(java.util.Collection<String> urls) {
        return store.latestCaptured(urls);
    }

    /** Which of these quotes occur in the capture's text (its text read once); none when it has no text. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Set<String> quotesFound(long captureId, java.util.Collection<String> quotes) {
        return store.text(captureId).map(text -> quotes.stream().filter(q -> QuoteMatch.occursIn(q, text))
                .collect(java.util.stream.Collectors.toSet())).orElse(java.util.Set.of());
    }

    /** A successful capture's body, unpacked, with its declared type. Readers' callers check that it is cited publicly. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ArchivedPayload> payload(long captureId) {
        return store.byId(captureId).filter(SourceCapture::captured).flatMap(capture -> store.warc(captureId)
                .flatMap(jobs::replay).map(replay -> new ArchivedPayload(capture,
                        capture.contentType() != null ? capture.contentType() : replay.contentType(), replay.body())));
    }

    /** What administrators watch: the jobs waiting or running, soonest first (at most {@code limit}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<QueuedCapture> queue(int limit) {
        return store.queue(limit);
    }

    /** The newest attempts, successful or failed with their reason, newest first (at most {@code limit}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.List<SourceCapture> recent(int limit) {
        return store.recent(limit);
    }

    /** The capture with this id, whatever its outcome. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<SourceCapture> byId(long captureId) {
        return store.byId(captureId);
    }
}
