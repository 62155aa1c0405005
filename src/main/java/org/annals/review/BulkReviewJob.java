package org.annals.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.annals.shared.Wording;
import org.jspecify.annotations.Nullable;

/**
 * A whole filtered list of events submitted or approved in the background: how far it got, what it did, and the
 * first events it refused or left as they were, each with its reason (all are counted).
 */
public record BulkReviewJob(long id, String timelineSlug, Step step, String requestedBy, State state, int total,
        int done, int changed, int unchanged, int refused, List<BulkOutcome> outcomes, @Nullable Wording error,
        Instant createdAt, Instant updatedAt, @Nullable Instant finishedAt) {

    /** How many refused or unchanged events a job names (every one is counted). */
    public static final int LISTED = 100;

    public enum Step {
        SUBMIT, APPROVE
    }

    public enum State {
        RUNNING,
        /** Asked to stop: the run under way records the events it was taking, then the job is STOPPED. */
        STOPPING,
        DONE, FAILED,
        /** Stopped by the person who started it or an administrator: the events taken keep their new status. */
        STOPPED
    }

    public BulkReviewJob {
        outcomes = List.copyOf(outcomes);
    }

    public boolean running() {
        return state == State.RUNNING || state == State.STOPPING;
    }

    /** Events taken per second so far, or 0 before the first ones. */
    public double perSecond() {
        long millis = Duration.between(createdAt, finishedAt == null ? updatedAt : finishedAt).toMillis();
        return done == 0 || millis <= 0 ? 0 : done * 1000.0 / millis;
    }

    /** The time left at the rate so far, or null before there is a rate. */
    public @Nullable Duration left() {
        double rate = perSecond();
        return running() && rate > 0 ? Duration.ofSeconds(Math.round((total - done) / rate)) : null;
    }
}
