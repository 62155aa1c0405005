package org.annals.source.internal.capture;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.annals.source.SourceCapture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Captures as persistent jobs in PostgreSQL (db-scheduler): one job per URL whichever instance asks (its key is the
 * URL), run by {@code annals.capture.workers} threads, retried with exponential backoff when the site did not answer,
 * picked up again after a restart. Every attempt is recorded, a failure with its reason. The same scheduler runs the
 * periodic link check ({@link LinkChecks}).
 */
@Component
public class CaptureJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaptureJobs.class);
    public static final String TASK = "capture-url";
    /** Tries of one capture in all: failures (a site that did not answer) and instances that stopped mid-capture. */
    static final int TRIES = 4;
    /** A successful capture younger than this is not taken again by a queued job. */
    static final Duration RECENT = Duration.ofMinutes(10);

    private final CaptureStore store;
    private final PageFetcher fetcher;
    private final PageArchive archive;
    private final Clock clock = Clock.systemUTC();
    private final DataSource dataSource;
    private final int workers;
    private final Duration heartbeat;
    private final OneTimeTask<String> task;
    /** Queues jobs whether or not this instance runs them (a stopped scheduler still takes requests). */
    private final SchedulerClient client;
    private volatile @Nullable Scheduler scheduler;
    private final LinkChecks linkChecks;
    private final ExternalArchives external;

    CaptureJobs(DataSource dataSource, CaptureStore store, LinkChecks linkChecks, ExternalArchives external,
            @Value("${annals.capture.allow-private-addresses:false}") boolean allowPrivateAddresses,
            @Value("${annals.capture.max-bytes:20971520}") long maxBytes,
            @Value("${annals.capture.deadline:30s}") Duration deadline,
            @Value("${annals.capture.workers:2}") int workers,
            @Value("${annals.capture.retry-after:30s}") Duration retryAfter,
            @Value("${annals.capture.heartbeat:1m}") Duration heartbeat) {
        this.store = store;
        this.linkChecks = linkChecks;
        this.external = external;
        this.fetcher = new PageFetcher(allowPrivateAddresses, maxBytes, deadline);
        this.archive = new PageArchive(maxBytes * 5);
        this.task = Tasks.oneTime(TASK, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(TRIES, new FailureHandler.ExponentialBackoffFailureHandler<>(retryAfter)))
                .onDeadExecution(this::revived)
                .execute((instance, context) -> attempt(instance.getData()));
        this.dataSource = dataSource;
        this.workers = workers;
        this.heartbeat = heartbeat;
        this.client = SchedulerClient.Builder.create(dataSource, task).build();
    }

    /**
     * A capture whose instance stopped mid-way (no heartbeat) is run again now, counted as a failed try: a page that
     * brings its server down is not tried on every instance forever, but given up after {@value #TRIES} tries in all.
     */
    private void revived(com.github.kagkarlsson.scheduler.task.ExecutionComplete dead,
            com.github.kagkarlsson.scheduler.task.ExecutionOperations<String> operations) {
        var execution = dead.getExecution();
        Instant now = clock.instant();
        if (execution.consecutiveFailures + 1 >= TRIES) {
            store.failed(String.valueOf(execution.taskInstance.getData()), "the capture stopped with its server " + TRIES + " times", now);
            operations.remove();
        } else {
            operations.reschedule(com.github.kagkarlsson.scheduler.task.ExecutionComplete.failure(execution,
                    execution.lastHeartbeat == null ? now : execution.lastHeartbeat, now, null), now);
        }
    }

    /** Queues a capture of the URL unless one is queued already (on any instance); true when this call queued it. */
    public boolean request(String url) {
        return requestAt(url, clock.instant());
    }

    /** Queues a capture of the URL due at {@code due}, unless one is queued already; true when this call queued it. */
    public boolean requestAt(String url, Instant due) {
        return client.scheduleIfNotExists(task.instance(key(url), url), due);
    }

    /** Makes a queued capture due now (an administrator's "capture again" for a job waiting on its backoff). */
    public boolean dueNow(String url) {
        return client.reschedule(task.instance(key(url)), clock.instant());
    }

    /** The response a stored WARC holds, unpacked within the same limits a capture keeps to. */
    public Optional<PageArchive.Replay> replay(byte[] warc) {
        return archive.replay(warc);
    }

    /** Captures now, on the caller's thread: the same steps a job runs, for a caller that waits for the answer. */
    public SourceCapture captureNow(String url) {
        long id = capture(url).id;
        return store.byId(id).orElseThrow();
    }

    private void attempt(String url) {
        // an editor's form captures a URL as it is typed; the job queued when the citation is saved then finds it done
        Attempt attempt = store.capturedSince(url, clock.instant().minus(RECENT)) ? null : capture(url);
        if (external.enabled()) {
            external.preserve(url);
        }
        if (attempt == null) {
            return;
        }
        if (attempt.retry) {
            // the job fails, so db-scheduler tries again later (exponential backoff, four tries in all)
            throw new IllegalStateException("capture of " + url + " to be retried: " + attempt.reason);
        }
    }

    private record Attempt(long id, boolean retry, String reason) {
    }

    private Attempt capture(String url) {
        Instant at = clock.instant();
        try {
            PageFetcher.Fetched fetched = fetcher.fetch(URI.create(url.strip()));
            return new Attempt(store.captured(url, fetched, archive.keep(fetched, at), at), false, "");
        } catch (PageFetcher.Refused refused) {
            log.info("Capture of {} failed: {}", url, refused.getMessage());
            return new Attempt(store.failed(url, refused.getMessage(), at), refused.worthRetrying(), refused.getMessage());
        } catch (IllegalArgumentException e) {
            return new Attempt(store.failed(url, "the address is not a URL that can be fetched", at), false, "not a URL");
        }
    }

    /** The job's key: the URL itself when short enough, else its hash (a key is part of the table's primary key). */
    static String key(String url) {
        return url.length() <= 500 ? url : "sha256:" + PageArchive.sha256(url.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Starts running queued jobs, those left by an earlier run of the application first. */
    @Override
    public synchronized void start() {
        if (scheduler == null) {
            var recurring = linkChecks.task();
            Scheduler started = Scheduler.create(dataSource, task).startTasks(recurring.stream().toList())
                    .threads(workers).pollingInterval(Duration.ofSeconds(1)).enableImmediateExecution()
                    // a job whose instance died mid-capture (no heartbeat for 6 beats) is run again, once, elsewhere
                    .heartbeatInterval(heartbeat).missedHeartbeatsLimit(6).build();
            started.start();
            scheduler = started;
        }
    }

    /** Stops running jobs; those queued or cut short stay in the table for the next start (here or elsewhere). */
    @Override
    public synchronized void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
