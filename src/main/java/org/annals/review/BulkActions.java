package org.annals.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventId;
import org.annals.event.EventStatus;
import org.annals.event.WorkflowViolationException;
import org.annals.history.ChangeMessage;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NoTransaction;
import org.annals.shared.NotFoundException;
import org.annals.shared.PlainText;
import org.annals.shared.Wording;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Many events at once, from the editors' grid: add or remove types and tags, submit for review, approve (a reviewer's
 * step: an import's drafts, submitted together, need not wait for hundreds of single approvals). Each event is one step
 * through the same services as a single edit (its own transaction, its timeline's roles, the rules of review), so
 * one refused event does not undo or stop the others, and the answer says for each what happened and why.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
@NoTransaction("Each event is changed in its own transaction (EventEditingService, ReviewService), so one refusal does not undo the rest")
public class BulkActions {

    /** More at once is a script's work (the import), not a selection in a grid. */
    public static final int MAX_EVENTS = 500;

    private final EventEditingService events;
    private final ReviewService review;

    BulkActions(EventEditingService events, ReviewService review) {
        this.events = events;
        this.review = review;
    }

    /** Adds and removes types and tags; {@code message} goes on each event's revision. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<BulkOutcome> changeLabels(List<EventId> eventIds, LabelChange change, String message) {
        if (change.isEmpty()) {
            throw new InvalidInputException("change", "Choose a type or tag to add or remove", "review.refusal.bulk.nothingChosen");
        }
        String text = PlainText.required("message", message, 500);
        return each(atMostMax(eventIds), event -> {
            if (event.content().equals(change.applyTo(event.content()))) {
                return outcome(event, BulkOutcome.Result.UNCHANGED, Wording.of("Already as asked", "review.bulk.reason.unchanged"));
            }
            ChangeMessage.with(text, () -> events.update(event.id(), event.version(), change.applyTo(event.content())));
            return outcome(event, BulkOutcome.Result.CHANGED, null);
        });
    }

    /** Submits each draft for review with {@code message}; events not in draft are reported, not touched. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<BulkOutcome> submit(List<EventId> eventIds, String message) {
        return submitEach(atMostMax(eventIds), message);
    }

    /** {@link #submit} without the grid's limit: a bulk review job's chunk (it chose its events itself). */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    List<BulkOutcome> submitEach(List<EventId> eventIds, String message) {
        String text = PlainText.required("message", message, 500);
        return each(eventIds, event -> {
            if (event.status() != EventStatus.DRAFT) {
                return left(event, "Not a draft", "review.bulk.reason.notDraft");
            }
            review.submit(event.id(), event.version(), text);
            return outcome(event, BulkOutcome.Result.CHANGED, null);
        });
    }

    /**
     * Approves each event in review, as a reviewer approving it alone would: the four-eyes rule for each (an event the
     * reviewer edited or submitted is refused, the others go on), its own revision and history entry; a published
     * event's pending correction goes into the public log with {@code correctionNote} when given, else a line naming
     * what changed. Events not in review are reported, not touched.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public List<BulkOutcome> approve(List<EventId> eventIds, @org.jspecify.annotations.Nullable String correctionNote) {
        return approveEach(atMostMax(eventIds), correctionNote);
    }

    /** {@link #approve} without the grid's limit: a bulk review job's chunk (it chose its events itself). */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    List<BulkOutcome> approveEach(List<EventId> eventIds, @org.jspecify.annotations.Nullable String correctionNote) {
        String note = PlainText.optional("correctionNote", correctionNote, 2000);
        return each(eventIds, event -> {
            if (event.status() != EventStatus.IN_REVIEW) {
                return left(event, "Not in review", "review.bulk.reason.notInReview");
            }
            review.approve(event.id(), event.version(), note);
            return outcome(event, BulkOutcome.Result.CHANGED, null);
        });
    }

    private List<BulkOutcome> each(List<EventId> eventIds, Function<EventDetails, BulkOutcome> step) {
        List<EventId> distinct = List.copyOf(new LinkedHashSet<>(eventIds));
        if (distinct.isEmpty()) {
            throw new InvalidInputException("events", "Select at least one event", "review.refusal.bulk.noneSelected");
        }
        List<BulkOutcome> outcomes = new ArrayList<>(distinct.size());
        for (EventId id : distinct) {
            EventDetails event;
            try {
                event = events.get(id);
            } catch (AccessDeniedException e) {
                outcomes.add(new BulkOutcome(id, "", BulkOutcome.Result.REFUSED,
                        Wording.of("Not an event of a timeline you are on", "review.bulk.reason.notYours")));
                continue;
            } catch (NotFoundException e) {
                // removed (an undone import) since it was chosen
                outcomes.add(new BulkOutcome(id, "", BulkOutcome.Result.REFUSED,
                        Wording.of("Gone meanwhile (merged or removed)", "review.bulk.reason.gone")));
                continue;
            }
            try {
                outcomes.add(step.apply(event));
            } catch (AccessDeniedException e) {
                outcomes.add(outcome(event, BulkOutcome.Result.REFUSED,
                        Wording.of("Your role on this timeline does not allow it", "review.bulk.reason.role")));
            } catch (InvalidInputException | WorkflowViolationException | EditConflictException e) {
                outcomes.add(outcome(event, BulkOutcome.Result.REFUSED, Wording.of(e)));
            } catch (NotFoundException e) {
                outcomes.add(outcome(event, BulkOutcome.Result.REFUSED,
                        Wording.of("Gone meanwhile (merged or removed)", "review.bulk.reason.gone")));
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                // saved by someone else between reading and writing it: the others still go on
                outcomes.add(outcome(event, BulkOutcome.Result.REFUSED,
                        Wording.of("Someone saved it at the same moment: try it again", "review.bulk.reason.sameMoment")));
            }
        }
        return outcomes;
    }

    /** A selection of at most {@link #MAX_EVENTS} events (a whole list goes through a {@link BulkReviewJobs job}). */
    private static List<EventId> atMostMax(List<EventId> eventIds) {
        long distinct = eventIds.stream().distinct().count();
        if (distinct > MAX_EVENTS) {
            throw new InvalidInputException("events", "At most " + MAX_EVENTS + " events at once (" + distinct + " selected)",
                    "review.refusal.bulk.tooMany", MAX_EVENTS, distinct);
        }
        return eventIds;
    }

    /** An event the step is not for, left as it is: "Not a draft (published)". */
    private static BulkOutcome left(EventDetails event, String why, String key) {
        String status = event.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return outcome(event, BulkOutcome.Result.UNCHANGED, Wording.of(why + " (" + status + ")", key,
                Wording.of(status, "form.status." + event.status().name())));
    }

    private static BulkOutcome outcome(EventDetails event, BulkOutcome.Result result, @org.jspecify.annotations.Nullable Wording reason) {
        return new BulkOutcome(event.id(), event.content().headline(), result, reason);
    }
}
