package org.annals.review;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
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
    /** Every few minutes one instance queues again the running jobs nobody is taking. */
    private final RecurringTask<Void> sweeper;
    private final org.annals.security.AccountService accounts;
    private volatile @Nullable Scheduler scheduler;
    private volatile boolean stopping;

    BulkReviewJobRunner(BulkReviewJobStore store, BulkActions bulk, SecurityContextHolderStrategy security,
            DataSource dataSource, @Value("${annals.import.heartbeat:1m}") Duration heartbeat,
            org.annals.security.AccountService accounts) {
        this.accounts = accounts;
        this.store = store;
        this.bulk = bulk;
        this.security = security;
        this.dataSource = dataSource;
        this.heartbeat = heartbeat;
        this.task = Tasks.oneTime(TASK, Long.class).execute((instance, context) -> run(instance.getData()));
        this.sweeper = Tasks.recurring("bulk-review-job-sweeper", FixedDelay.of(Duration.ofMinutes(2)))
                .execute((instance, context) -> requeueOrphaned());
        this.client = SchedulerClient.Builder.create(dataSource, task).tableName("review_scheduled_tasks").build();
    }

    /**
     * Queues the job from where it got to (on whichever instance picks it up first), as a task of a name of its own: a
     * run handing on its rest must not find its own task's name taken.
     */
    void queue(long jobId, int position) {
        client.scheduleIfNotExists(task.instance(jobId + "-" + position + "-" + java.util.UUID.randomUUID(), jobId),
                clock.instant());
    }

    /** Queues again the running jobs nobody is taking (see {@link BulkReviewJobStore#orphaned}). */
    int requeueOrphaned() {
        List<long[]> orphaned = store.orphaned(clock.instant().minus(heartbeat.multipliedBy(2)));
        orphaned.forEach(job -> queue(job[0], (int) job[1]));
        if (!orphaned.isEmpty()) {
            log.info("Queued again {} bulk review jobs nobody was taking", orphaned.size());
        }
        return orphaned.size();
    }

    private void run(long jobId) {
        Instant until = clock.instant().plus(SLICE);
        try {
            while (true) {
                BulkReviewJobStore.Work work = store.work(jobId, CHUNK).orElse(null);
                if (work == null || !(work.state() == BulkReviewJob.State.RUNNING || work.state() == BulkReviewJob.State.STOPPING)) {
                    return;
                }
                if (work.state() == BulkReviewJob.State.STOPPING && !work.next().isEmpty()) {
                    store.stopped(jobId, clock.instant()); // the chunk before this one is recorded: the counts are final
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
                List<String> roles = rolesNow(work);
                if (roles == null || roles.isEmpty()) {
                    store.ended(jobId, BulkReviewJob.State.FAILED, Wording.of("The account of " + work.by() + " is gone, "
                            + "disabled or without its roles, so the rest was not taken; the events taken so far keep their new status.",
                            "review.job.failedAccount", work.by()), clock.instant());
                    return;
                }
                List<BulkOutcome> outcomes = SystemActor.onBehalfOf(security, work.by(), roles, () -> switch (work.step()) {
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

    /**
     * The roles the job acts with now: those it was started with that the account still has (an administrator demoted
     * meanwhile is not one for the rest of the job), or null when the account is gone or disabled.
     */
    private @Nullable List<String> rolesNow(BulkReviewJobStore.Work work) {
        try {
            var account = accounts.loadUserByUsername(work.by());
            if (!account.isEnabled()) {
                return null;
            }
            List<String> now = account.getAuthorities().stream().map(a -> String.valueOf(a.getAuthority()))
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList();
            return work.roles().stream().filter(now::contains).toList();
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            stopping = false;
            Scheduler started = Scheduler.create(dataSource, task).startTasks(sweeper).tableName("review_scheduled_tasks").threads(1)
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
