package org.annals.review;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.annals.security.SystemActor;
import org.annals.shared.Wording;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs bulk review jobs in the background with db-scheduler, on a table of its own: a chunk of events at a time
 * through {@link BulkActions} (each event its own transaction, the four-eyes rule for each), as the person who started
 * the job, its progress written after each chunk. A run takes a slice of time and queues the rest as a new task, so an
 * instance that stops hands the job on at once; one that dies is found by its missing heartbeat and its task run again
 * elsewhere, from the last chunk written (a step taken twice is refused as "not in review", never done twice).
 */
@Component
class BulkReviewJobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BulkReviewJobRunner.class);
    private static final String TASK = "bulk-review-job";
    /** Events per chunk: progress is written after each. */
    static final int CHUNK = 50;
    /** How long one run goes on before it queues the rest (other jobs and a stopping instance get their turn). */
    private static final Duration SLICE = Duration.ofSeconds(20);

    private final BulkReviewJobStore store;
    private final BulkActions bulk;
    private final SecurityContextHolderStrategy security;
    private final DataSource dataSource;
    private final Duration heartbeat;
    private final Clock clock = Clock.systemUTC();
    private final OneTimeTask<Long> task;
    private final SchedulerClient client;
    private volatile @Nullable Scheduler scheduler;
    private volatile boolean stopping;

    BulkReviewJobRunner(BulkReviewJobStore store, BulkActions bulk, SecurityContextHolderStrategy security,
            DataSource dataSource, @Value("${annals.import.heartbeat:1m}") Duration heartbeat) {
        this.store = store;
        this.bulk = bulk;
        this.security = security;
        this.dataSource = dataSource;
        this.heartbeat = heartbeat;
        this.task = Tasks.oneTime(TASK, Long.class).execute((instance, context) -> run(instance.getData()));
        this.client = SchedulerClient.Builder.create(dataSource, task).tableName("review_scheduled_tasks").build();
    }

    /** Queues the job from where it got to (on whichever instance picks it up first). */
    void queue(long jobId, int position) {
        client.scheduleIfNotExists(task.instance(jobId + "-" + position, jobId), clock.instant());
    }

    private void run(long jobId) {
        Instant until = clock.instant().plus(SLICE);
        try {
            while (true) {
                BulkReviewJobStore.Work work = store.work(jobId, CHUNK).orElse(null);
                if (work == null || work.state() != BulkReviewJob.State.RUNNING) {
                    return;
                }
                if (work.next().isEmpty()) {
                    store.ended(jobId, BulkReviewJob.State.DONE, null, clock.instant());
                    return;
                }
                if (stopping || clock.instant().isAfter(until)) {
                    queue(jobId, work.position());
                    return;
                }
                List<BulkOutcome> outcomes = SystemActor.onBehalfOf(security, work.by(), work.roles(), () -> switch (work.step()) {
                    case SUBMIT -> bulk.submitEach(work.next(), work.text() == null ? "" : work.text());
                    case APPROVE -> bulk.approveEach(work.next(), work.text());
                });
                if (!store.advance(jobId, work.position(), outcomes, clock.instant())) {
                    return; // taken up elsewhere meanwhile: that run goes on
                }
            }
        } catch (RuntimeException e) {
            log.error("Bulk review job {} failed", jobId, e);
            store.ended(jobId, BulkReviewJob.State.FAILED, org.annals.shared.DatabaseUnavailable.is(e)
                    ? Wording.of("The database did not answer; the events taken so far keep their new status. Start it again "
                            + "for the rest.", "review.job.failedDatabase")
                    : Wording.of("Something went wrong on our side; the events taken so far keep their new status. The "
                            + "details are in the server's log.", "review.job.failedOurs"), clock.instant());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            stopping = false;
            Scheduler started = Scheduler.create(dataSource, task).tableName("review_scheduled_tasks").threads(1)
                    .pollingInterval(Duration.ofSeconds(1)).enableImmediateExecution()
                    .heartbeatInterval(heartbeat).missedHeartbeatsLimit(6).build();
            started.start();
            scheduler = started;
        }
    }

    /** Stops after the chunk under way, queueing the rest for the next instance up. */
    @Override
    public synchronized void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            stopping = true;
            running.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
