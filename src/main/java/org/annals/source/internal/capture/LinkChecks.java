package org.annals.source.internal.capture;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.annals.source.LinkHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The periodic link check (issue 17): every {@code annals.link-check.every} one instance (a db-scheduler recurring
 * job, so never two at once) checks the cited links not checked for {@code recheck-after}, a batch at a time, with the
 * capture's safety and its own short deadline. Off when {@code every} is zero.
 */
@Component
public class LinkChecks {

    private static final Logger log = LoggerFactory.getLogger(LinkChecks.class);
    static final String TASK = "check-links";

    private final LinkHealthStore store;
    private final PageFetcher fetcher;
    private final Duration every;
    private final Duration recheckAfter;
    private final int batch;
    private final Clock clock = Clock.systemUTC();

    LinkChecks(LinkHealthStore store,
            @Value("${annals.capture.allow-private-addresses:false}") boolean allowPrivateAddresses,
            @Value("${annals.link-check.every:1h}") Duration every,
            @Value("${annals.link-check.recheck-after:7d}") Duration recheckAfter,
            @Value("${annals.link-check.batch:50}") int batch,
            @Value("${annals.link-check.deadline:20s}") Duration deadline) {
        this.store = store;
        this.fetcher = new PageFetcher(allowPrivateAddresses, 0, deadline);
        this.every = every;
        this.recheckAfter = recheckAfter;
        this.batch = batch;
    }

    /** Checks one link now and records the answer. */
    public LinkHealth check(String url) {
        return store.record(url, verdict(url), clock.instant());
    }

    /**
     * Checks the links that are due (never checked, or not for {@code recheck-after}), at most a batch; how many were
     * recorded. When not one of several links got an answer, the trouble is this server's network or DNS, not the
     * sites: nothing is recorded (else an outage here would call every source gone).
     */
    public int checkDue() {
        Instant at = clock.instant();
        var due = store.due(at.minus(recheckAfter), batch);
        java.util.Map<String, LinkVerdict> verdicts = new java.util.LinkedHashMap<>();
        due.forEach(url -> verdicts.put(url, verdict(url)));
        if (verdicts.size() >= 3 && verdicts.values().stream().allMatch(v -> v.httpStatus() == null)) {
            log.warn("Link check: none of {} links answered; the network or DNS here seems down, nothing recorded", verdicts.size());
            return 0;
        }
        verdicts.forEach((url, verdict) -> store.record(url, verdict, at));
        if (!verdicts.isEmpty()) {
            log.info("Checked {} cited links", verdicts.size());
        }
        return verdicts.size();
    }

    private LinkVerdict verdict(String url) {
        try {
            return LinkVerdict.of(fetcher.check(URI.create(url.strip())));
        } catch (PageFetcher.Refused refused) {
            return LinkVerdict.of(refused);
        } catch (IllegalArgumentException e) {
            return new LinkVerdict(LinkHealth.State.UNREACHABLE, null, "the address is not a URL that can be fetched", null);
        }
    }

    /** The recurring job, when link checks are on. */
    Optional<RecurringTask<Void>> task() {
        if (every.isZero() || every.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(Tasks.recurring(TASK, FixedDelay.of(every)).execute((instance, context) -> checkDue()));
    }
}
