package org.annals.review;

import java.time.Clock;
import java.util.List;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventId;
import org.annals.event.EventStatus;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NoTransaction;
import org.annals.shared.NotFoundException;
import org.annals.shared.PlainText;
import org.annals.shared.Wording;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A whole list of events submitted or approved in one action, in the background (an import's thousands of drafts,
 * more than a grid selection takes): the events the grid's filters list in the status the step is for are chosen when
 * it starts, then each goes through the same step as a single submission or approval (its own revision and history
 * entry, the four-eyes rule for each), as the person who started it. Anyone on the desk sees its progress; the page
 * that started it may close.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
@NoTransaction("The events are chosen in one read and the job stored in one statement; each event is then changed in its own transaction by the runner")
public class BulkReviewJobs {

    /** More is a narrower filter's work: the chosen ids are kept with the job (8 bytes each). */
    public static final int MAX_EVENTS = 500_000;

    private final BulkReviewJobStore store;
    private final BulkReviewJobRunner runner;
    private final EventEditingService events;
    private final TimelineService timelines;
    private final org.annals.timeline.TimelineAccess access;
    private final Clock clock = Clock.systemUTC();

    BulkReviewJobs(BulkReviewJobStore store, BulkReviewJobRunner runner, EventEditingService events, TimelineService timelines,
            org.annals.timeline.TimelineAccess access) {
        this.access = access;
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.timelines = timelines;
    }

    /** Submits for review, with {@code message}, every draft the filter lists. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @timelineAccess.may(#timelineSlug, 'EDITOR')")
    public BulkReviewJob submitAll(String timelineSlug, EventFilter filter, String message) {
        return start(timelineSlug, filter, BulkReviewJob.Step.SUBMIT, PlainText.required("message", message, 500));
    }

    /**
     * Approves every event in review the filter lists; {@code correctionNote} goes into the public log for published
     * events' corrections, as in a single approval.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and @timelineAccess.may(#timelineSlug, 'REVIEWER')")
    public BulkReviewJob approveAll(String timelineSlug, EventFilter filter, @Nullable String correctionNote) {
        return start(timelineSlug, filter, BulkReviewJob.Step.APPROVE, PlainText.optional("correctionNote", correctionNote, 2000));
    }

    public BulkReviewJob job(long id) {
        // a job of another desk is as unknown as one that does not exist
        return store.find(id).filter(job -> access.isMember(job.timelineSlug()))
                .orElseThrow(() -> new NotFoundException("No bulk review job " + id));
    }

    /**
     * Stops a running job after the chunk under way (at most {@value BulkReviewJobRunner#CHUNK} events): it is
     * STOPPING until that chunk is recorded, then STOPPED; the events taken keep their new status, the rest stay as
     * they were. Only the person who started it or an administrator may.
     */
    public BulkReviewJob stop(long id) {
        BulkReviewJob running = job(id);
        if (!running.requestedBy().equals(CurrentUser.name()) && !CurrentUser.roles().contains("ADMIN")) {
            throw new InvalidInputException("job", "Only " + running.requestedBy() + ", who started it, or an administrator "
                    + "may stop this job", "review.job.refusal.notYours", running.requestedBy());
        }
        Wording why = Wording.of(CurrentUser.name() + " stopped it; the events taken keep their new status, the rest are "
                + "as they were.", "review.job.stoppedBy", CurrentUser.name());
        if (running.state() != BulkReviewJob.State.RUNNING || !store.stopping(id, why, clock.instant())) {
            throw new InvalidInputException("job", "This job has already ended or is stopping", "review.job.refusal.ended");
        }
        // the run under way records the events it is taking, then makes it STOPPED (as does the next run queued, or the
        // sweeper's for a job nobody is taking)
        return job(id);
    }

    /** The timeline's latest jobs, running or not, newest first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<BulkReviewJob> recent(String timelineSlug, int limit) {
        TimelineSummary timeline = timeline(timelineSlug);
        return store.recent(timeline.id().value(), Math.max(1, Math.min(limit, 50)));
    }

    private BulkReviewJob start(String timelineSlug, EventFilter filter, BulkReviewJob.Step step, @Nullable String text) {
        TimelineSummary timeline = timeline(timelineSlug);
        store.running(timeline.id().value(), step).ifPresent(running -> {
            throw alreadyRunning(running, step);
        });
        EventStatus from = step == BulkReviewJob.Step.SUBMIT ? EventStatus.DRAFT : EventStatus.IN_REVIEW;
        List<EventId> chosen = events.ids(timelineSlug, filter, from, MAX_EVENTS + 1);
        if (chosen.isEmpty()) {
            throw step == BulkReviewJob.Step.SUBMIT
                    ? new InvalidInputException("events", "None of the events listed is a draft", "review.job.refusal.noDrafts")
                    : new InvalidInputException("events", "None of the events listed is in review", "review.job.refusal.noneInReview");
        }
        if (chosen.size() > MAX_EVENTS) {
            throw new InvalidInputException("events", "More than " + MAX_EVENTS + " events are listed: narrow the filters "
                    + "(a date window, an import) and take them in parts", "review.job.refusal.tooMany", MAX_EVENTS);
        }
        long id;
        try {
            id = store.create(timeline.id().value(), step, text, CurrentUser.name(), CurrentUser.roles(), chosen, clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // started by someone else (or a second click) between the check above and this insert
            throw alreadyRunning(store.running(timeline.id().value(), step).orElseThrow(() -> e), step);
        }
        runner.queue(id, 0);
        return store.find(id).orElseThrow();
    }

    private static InvalidInputException alreadyRunning(BulkReviewJob running, BulkReviewJob.Step step) {
        return new InvalidInputException("events", running.requestedBy() + " is already " + (step == BulkReviewJob.Step.SUBMIT
                ? "submitting" : "approving") + " events of this timeline (" + running.done() + " of " + running.total()
                + "); wait for it to end", step == BulkReviewJob.Step.SUBMIT ? "review.job.refusal.submitRunning"
                : "review.job.refusal.approveRunning", running.requestedBy(), running.done(), running.total());
    }

    private TimelineSummary timeline(String slug) {
        return timelines.find(slug).orElseThrow(() -> new NotFoundException("No timeline " + slug));
    }
}
