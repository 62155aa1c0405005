package org.annals.importexport;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.annals.event.ActorKind;
import org.annals.event.ActorOption;
import org.annals.event.EventEditingService;
import org.annals.event.UpstreamState;
import org.annals.shared.Wording;
import java.util.ArrayList;
import java.util.List;
import org.annals.history.ChangeMessage;
import org.annals.security.SystemActor;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs in the background (decision 0030) with db-scheduler, on a table of their own: a job is checked
 * (every row read, counted as new, already present or refused; nothing stored) and, once an administrator confirms
 * it, imported in one transaction, so editors see all of it or nothing. Progress is written as it goes in short
 * transactions of its own. A job whose instance stopped (no heartbeat) is run again from the start of its phase on
 * whichever instance is up: the unfinished transaction was rolled back with the instance, so nothing is half there.
 */
@Component
class ImportJobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);
    static final String TASK = "import-job";
    /** How often the job's progress is written: each chunk of events, at most this often. */
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);
    /** How many changed rows a check names (all are counted). */
    private static final int LISTED = ImportProblems.LISTED;
    /** Refused rows are kept this many at a time (a file of garbage refuses every row). */
    private static final int REFUSED_BATCH = 5_000;

    private final ImportJobStore store;
    private final EventEditingService events;
    private final SecurityContextHolderStrategy security;
    private final TransactionTemplate transaction;
    private final TransactionTemplate aside;
    private final DataSource dataSource;
    private final Duration heartbeat;
    private final Clock clock = Clock.systemUTC();
    private final OneTimeTask<Long> task;
    /** Every hour one instance lets go of the jobs nobody confirmed in time (their files would stay for ever). */
    private final RecurringTask<Void> expiry;
    private final Duration unconfirmedFor;
    private final SchedulerClient client;
    private volatile @Nullable Scheduler scheduler;

    ImportJobRunner(ImportJobStore store, EventEditingService events, SecurityContextHolderStrategy security,
            PlatformTransactionManager transactions, DataSource dataSource,
            @Value("${annals.import.heartbeat:1m}") Duration heartbeat,
            @Value("${annals.import.unconfirmed-for:7d}") Duration unconfirmedFor) {
        this.unconfirmedFor = unconfirmedFor;
        this.store = store;
        this.events = events;
        this.security = security;
        this.transaction = new TransactionTemplate(transactions);
        this.aside = new TransactionTemplate(transactions);
        aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.dataSource = dataSource;
        this.heartbeat = heartbeat;
        this.task = Tasks.oneTime(TASK, Long.class).execute((instance, context) -> run(instance.getData()));
        this.expiry = Tasks.recurring("import-job-expiry", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> expireUnconfirmed());
        this.client = SchedulerClient.Builder.create(dataSource, task).tableName("import_scheduled_tasks").build();
    }

    /** Queues the job's next phase (on whichever instance picks it up first). */
    void queue(long jobId, ImportJobState phase) {
        // one task per phase: the check's task may still be in the table when the import is confirmed
        client.scheduleIfNotExists(task.instance(jobId + "-" + phase.name().toLowerCase(java.util.Locale.ROOT), jobId),
                clock.instant());
    }

    private void run(long jobId) {
        ImportJob job = store.find(jobId).orElse(null);
        if (job == null || !job.state().running()) {
            return;
        }
        try {
            aside.executeWithoutResult(status -> store.phaseStarted(jobId, clock.instant()));
            if (job.state() == ImportJobState.CHECKING) {
                SystemActor.onBehalfOfAdministrator(security, job.createdBy(), () -> check(job));
            } else {
                String by = job.confirmedBy() == null ? job.createdBy() : job.confirmedBy();
                SystemActor.onBehalfOfAdministrator(security, by, () -> importEvents(job));
            }
        } catch (InvalidInputException refused) {
            store.ended(jobId, job.state() == ImportJobState.CHECKING ? ImportJobState.REFUSED : ImportJobState.FAILED,
                    Wording.of(refused), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            store.ended(jobId, ImportJobState.FAILED, org.annals.shared.DatabaseUnavailable.is(e)
                    ? Wording.of("The database did not answer; nothing was imported. Upload the file again.", "import.job.failedDatabase")
                    : Wording.of("Something went wrong on our side; nothing was imported. The details are in the server's log.",
                            "import.job.failedOurs"), clock.instant());
        }
    }

    /**
     * Jobs checked but neither confirmed nor discarded within {@code annals.import.unconfirmed-for} are discarded with
     * the reason, and their files removed: an upload nobody comes back to does not hold its megabytes for ever.
     */
    int expireUnconfirmed() {
        if (unconfirmedFor.isZero() || unconfirmedFor.isNegative()) {
            return 0; // 0 keeps checked jobs until someone decides
        }
        String english = "Not imported within " + readable(unconfirmedFor)
                + " of its check, so it was discarded and its file removed. Upload it again.";
        long hours = unconfirmedFor.toHours();
        int expired = store.expire(clock.instant().minus(unconfirmedFor), hours >= 1
                ? Wording.of(english, hours % 24 == 0 ? "import.job.expiredDays" : "import.job.expiredHours",
                        hours % 24 == 0 ? hours / 24 : hours)
                : new Wording(english, null, List.of()), clock.instant());
        if (expired > 0) {
            log.info("Discarded {} import jobs nobody confirmed within {}", expired, unconfirmedFor);
        }
        return expired;
    }

    private static String readable(Duration duration) {
        if (duration.toHours() >= 24 && duration.toHours() % 24 == 0) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        return duration.toHours() >= 1 ? duration.toHours() + " hours" : duration.toMinutes() + " minutes";
    }

    /**
     * Reads every row: how many make new events, how many the timeline has as they are, which changed upstream (and
     * whether editors changed the event too), which are refused and why. Nothing is stored.
     */
    private Void check(ImportJob job) {
        DataSetReader reader = reader(job);
        Supplier<Reader> text = () -> CsvText.reader(store.file(job.id()));
        reader.learnKinds(text);
        List<ImportJobStore.RefusedRow> refused = new ArrayList<>();
        ImportFormat format = ImportFormat.valueOf(job.format());
        String prefix = format.refPrefix;
        // every id the file has, refused rows' too: an event the file still has is not missing from it
        java.util.Set<String> inFile = new java.util.HashSet<>();
        reader.tellRefusedRows((line, eventId, reason) -> {
            if (!eventId.isEmpty()) {
                inFile.add(prefix + eventId);
            }
            refused.add(new ImportJobStore.RefusedRow((int) line, eventId, reason.english().replace('\n', ' ')));
            if (refused.size() == REFUSED_BATCH) {
                store.refusedRows(job.id(), refused);
                refused.clear();
            }
        });
        java.util.Map<UpstreamState, Integer> counts = new java.util.EnumMap<>(UpstreamState.class);
        List<Wording> changes = new ArrayList<>();
        int[] duplicates = {0};
        List<org.annals.event.PossibleDuplicate> firstDuplicates = new ArrayList<>();
        Progress progress = new Progress(job.id(), reader);
        int rows = reader.events(text, EventEditingService.IMPORT_CHUNK, chunk -> {
            chunk.forEach(event -> inFile.add(event.externalRef()));
            java.util.Map<String, UpstreamState> states = format.updatesEvents ? events.compareWithImported(job.timelineSlug(), chunk)
                    : events.presentOrNew(job.timelineSlug(), chunk);
            List<org.annals.event.ImportedEvent> fresh = chunk.stream()
                    .filter(event -> states.get(event.externalRef()) == UpstreamState.NEW).toList();
            for (org.annals.event.PossibleDuplicate same : events.possibleDuplicates(job.timelineSlug(), prefix, fresh)) {
                duplicates[0]++;
                if (firstDuplicates.size() < LISTED) {
                    firstDuplicates.add(same);
                }
            }
            states.forEach((ref, state) -> {
                counts.merge(state, 1, Integer::sum);
                if ((state == UpstreamState.CHANGED || state == UpstreamState.CHANGED_EDITED_HERE) && changes.size() < LISTED) {
                    changes.add(state == UpstreamState.CHANGED
                            ? Wording.of(ref + ": changed upstream; the import updates it", "import.job.changeUpdates", ref)
                            : Wording.of(ref + ": changed upstream and edited here; left as it is, its editors told",
                                    "import.job.changeKept", ref));
                }
            });
            progress.tell();
        });
        store.refusedRows(job.id(), refused);
        ImportProblems problems = reader.problems();
        EventEditingService.MissingRefs missing = events.missingFromImport(job.timelineSlug(), prefix, inFile, LISTED);
        store.checked(job.id(), new ImportJobStore.Checked(rows, counts.getOrDefault(UpstreamState.NEW, 0),
                counts.getOrDefault(UpstreamState.UNCHANGED, 0), counts.getOrDefault(UpstreamState.CHANGED, 0)
                        + counts.getOrDefault(UpstreamState.CHANGED_EDITED_HERE, 0), problems.count(),
                problems.listed(), changes, missing.count(), missing.first(), duplicates[0], firstDuplicates),
                clock.instant());
        return null;
    }

    /**
     * Writes the new events of the rows that make one and updates the events whose rows changed upstream (unless
     * edited here), in one transaction whose revision is named after the file (new sources, relations and updates
     * are Envers' own revisions in it, with the same message). The job is marked done in that transaction too: an
     * instance that stops before it commits leaves nothing imported and the job to run again.
     */
    private Void importEvents(ImportJob job) {
        ImportFormat format = ImportFormat.valueOf(job.format());
        DataSetReader reader = reader(job);
        Supplier<Reader> text = () -> CsvText.reader(store.file(job.id()));
        reader.learnKinds(text);
        Progress progress = new Progress(job.id(), reader);
        int[] updatedAndKept = {0, 0};
        EventEditingService.ImportedBatch imported = ChangeMessage.with("Imported from " + job.fileName() + " (import " + job.id() + ")",
                () -> transaction.execute(status -> {
                    EventEditingService.ImportedBatch batch = events.importEvents(job.timelineSlug(),
                            chunks -> ReadAhead.chunks(read -> reader.events(text, EventEditingService.IMPORT_CHUNK, read), chunk -> {
                                chunks.accept(chunk);
                                if (format.updatesEvents) {
                                    EventEditingService.UpstreamChanges applied = events.applyUpstreamChanges(job.timelineSlug(), chunk);
                                    updatedAndKept[0] += applied.updated();
                                    updatedAndKept[1] += applied.kept();
                                }
                                progress.tell();
                            }));
                    if (!store.done(job.id(), batch.added(), batch.revision(), updatedAndKept[0], updatedAndKept[1], clock.instant())) {
                        throw new IllegalStateException("import job " + job.id() + " was no longer importing");
                    }
                    return batch;
                }));
        return null;
    }

    private DataSetReader reader(ImportJob job) {
        Map<String, ActorKind> known = events.actors(job.timelineSlug()).stream()
                .collect(Collectors.toMap(ActorOption::name, ActorOption::kind, (first, second) -> first));
        return ImportFormat.valueOf(job.format()).reader(known);
    }

    /** Writes how many rows the reading has passed, outside the import's transaction so pages see it at once. */
    private final class Progress {

        private final long jobId;
        private final DataSetReader reader;
        private Instant told = Instant.EPOCH;

        Progress(long jobId, DataSetReader reader) {
            this.jobId = jobId;
            this.reader = reader;
        }

        void tell() {
            Instant now = clock.instant();
            if (Duration.between(told, now).compareTo(PROGRESS_EVERY) >= 0) {
                told = now;
                aside.executeWithoutResult(status -> store.progress(jobId, reader.rowsRead(), now));
            }
        }
    }

    /** Starts running queued jobs, those left by an instance that stopped first. */
    @Override
    public synchronized void start() {
        if (scheduler == null) {
            Scheduler started = Scheduler.create(dataSource, task).startTasks(expiry).tableName("import_scheduled_tasks").threads(1)
                    .pollingInterval(Duration.ofSeconds(1)).enableImmediateExecution()
                    // a job whose instance died (no heartbeat for 6 beats) is run again elsewhere, from its phase's start
                    .heartbeatInterval(heartbeat).missedHeartbeatsLimit(6).build();
            started.start();
            scheduler = started;
        }
    }

    /**
     * Stops, waiting for a job under way as long as db-scheduler waits; one stopped by the instance's end (not by its
     * own fault) is picked up again by the next instance to start, from its phase's start.
     */
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
