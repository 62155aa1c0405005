package org.annals.review;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventHistoryService;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.AccountService;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Issue 18: a whole filtered list (an import's drafts, more than a grid selection takes) submitted and approved in the
 * background, each event through its own step: its revision, its history entry, the four-eyes rule.
 */
@IntegrationTest
class BulkReviewJobsIT {

    private static final String DESK = "bulk-job-desk";
    private static final int EVENTS = 2 * BulkReviewJobRunner.CHUNK + 20;

    @Autowired
    BulkReviewJobs jobs;
    @Autowired
    EventEditingService editing;
    @Autowired
    EventHistoryService history;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void team(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, DESK, "bulk-job-ed:EDITOR", "bulk-job-rita:REVIEWER", "bulk-job-ann:ANNOTATOR");
        Teams.on(timelines, accounts, "bulk-job-elsewhere", "bulk-job-stranger:REVIEWER");
    }

    @Test
    void every_listed_draft_is_submitted_then_approved_each_with_its_own_history_and_the_four_eyes_rule() {
        String word = "Convoyjob" + UUID.randomUUID().toString().substring(0, 6);
        List<EventDetails> drafts = IntStream.range(0, EVENTS).mapToObj(i -> as("bulk-job-ed", "EDITOR", () ->
                editing.createDraft(DESK, new EventContent(word + " convoy " + i, null, UncertainDate.parse("2023-02"), null,
                        Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.INFERRED)))).toList();
        EventDetails other = as("bulk-job-ed", "EDITOR", () -> editing.createDraft(DESK, new EventContent(
                "Not listed " + word.toLowerCase(java.util.Locale.ROOT).replace("convoyjob", "x"), null,
                UncertainDate.parse("2023-02"), null, Place.UNKNOWN, Set.of(EventType.AID), Set.of(), Confidence.INFERRED)));
        EventFilter listed = new EventFilter(Set.of(), null, null, Set.of(), null, word);

        BulkReviewJob submitting = as("bulk-job-ed", "EDITOR", () -> jobs.submitAll(DESK, listed, "Convoy batch from the logistics sheet"));
        assertThat(submitting.total()).isEqualTo(EVENTS);
        BulkReviewJob submitted = finished(submitting, "bulk-job-ed", "EDITOR");
        assertThat(submitted.state()).isEqualTo(BulkReviewJob.State.DONE);
        assertThat(List.of(submitted.done(), submitted.changed(), submitted.unchanged(), submitted.refused()))
                .containsExactly(EVENTS, EVENTS, 0, 0);
        assertThat(status(word + "%")).containsOnlyKeys("IN_REVIEW");
        assertThat(as("bulk-job-ed", "EDITOR", () -> editing.get(other.id())).status()).isEqualTo(EventStatus.DRAFT);
        assertThat(as("bulk-job-ed", "EDITOR", () -> history.revisions(drafts.get(7).id())).getFirst().entry())
                .satisfies(entry -> {
                    assertThat(entry.author()).isEqualTo("bulk-job-ed");
                    assertThat(entry.message()).isEqualTo("Submitted for review: Convoy batch from the logistics sheet");
                });

        // nothing left to submit: said at once, no job
        assertThatThrownBy(() -> as("bulk-job-ed", "EDITOR", () -> jobs.submitAll(DESK, listed, "Again")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("None of the events listed is a draft");

        // the reviewer who submitted nothing approves them all, each its own published revision
        BulkReviewJob approved = finished(as("bulk-job-rita", "REVIEWER", () -> jobs.approveAll(DESK, listed, null)),
                "bulk-job-rita", "REVIEWER");
        assertThat(List.of(approved.changed(), approved.refused())).containsExactly(EVENTS, 0);
        assertThat(status(word + "%")).containsOnlyKeys("PUBLISHED");
        assertThat(jdbc.sql("""
                select count(distinct a.rev) from timeline_event_aud a join timeline_event e on e.id = a.id
                where e.headline like ? and a.status = 'PUBLISHED'""").param(word + "%").query(Long.class).single())
                .as("one revision per event").isEqualTo(EVENTS);
        assertThat(as("bulk-job-rita", "REVIEWER", () -> jobs.recent(DESK, 5))).extracting(BulkReviewJob::id)
                .startsWith(approved.id(), submitted.id());
    }

    @Test
    void whoever_submitted_cannot_approve_and_each_refusal_is_counted_and_the_first_named(@Autowired AccountService accounts) {
        String word = "Foureyesjob" + UUID.randomUUID().toString().substring(0, 6);
        org.annals.security.SystemActor.run(() -> accounts.createIfAbsent(new org.annals.security.NewAccount("desk-admin-" + word.toLowerCase(java.util.Locale.ROOT),
                "Desk admin", Teams.PASSWORD, Set.of(org.annals.security.Role.ADMIN))));
        IntStream.range(0, BulkActions.MAX_EVENTS / 4 + 10).forEach(i -> as("bulk-job-ed", "EDITOR", () ->
                editing.createDraft(DESK, new EventContent(word + " shelter " + i, null, UncertainDate.parse("2023-03"), null,
                        Place.UNKNOWN, Set.of(EventType.HUMANITARIAN), Set.of(), Confidence.INFERRED))));
        int count = BulkActions.MAX_EVENTS / 4 + 10;
        EventFilter listed = new EventFilter(Set.of(EventStatus.DRAFT), null, null, Set.of(), null, word);
        finished(as("desk-admin-" + word.toLowerCase(java.util.Locale.ROOT), "ADMIN", () -> jobs.submitAll(DESK, listed, "Shelters")), "desk-admin-" + word.toLowerCase(java.util.Locale.ROOT), "ADMIN");

        BulkReviewJob refused = finished(as("desk-admin-" + word.toLowerCase(java.util.Locale.ROOT), "ADMIN", () -> jobs.approveAll(DESK,
                new EventFilter(Set.of(), null, null, Set.of(), null, word), null)), "desk-admin-" + word.toLowerCase(java.util.Locale.ROOT), "ADMIN");
        assertThat(List.of(refused.changed(), refused.refused())).containsExactly(0, count);
        assertThat(refused.outcomes()).hasSize(BulkReviewJob.LISTED).allSatisfy(outcome -> {
            assertThat(outcome.result()).isEqualTo(BulkOutcome.Result.REFUSED);
            assertThat(outcome.headline()).startsWith(word);
            assertThat(outcome.reason().key()).isEqualTo("review.refusal.fourEyes");
        });
        assertThat(status(word + "%")).containsOnlyKeys("IN_REVIEW");
    }

    @Test
    void roles_and_desks_are_checked_before_anything_is_chosen() {
        EventFilter all = EventFilter.ALL;
        assertThatThrownBy(() -> as("bulk-job-ed", "EDITOR", () -> jobs.approveAll(DESK, all, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("bulk-job-stranger", "REVIEWER", () -> jobs.approveAll(DESK, all, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("bulk-job-ann", "ANNOTATOR", () -> jobs.recent(DESK, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("bulk-job-ed", "EDITOR", () -> jobs.submitAll(DESK, all, " ")))
                .isInstanceOf(InvalidInputException.class);
        // only events in review are taken: a filter for drafts lists none to approve
        assertThatThrownBy(() -> as("bulk-job-rita", "REVIEWER", () -> jobs.approveAll(DESK,
                new EventFilter(Set.of(EventStatus.DRAFT), null, null, Set.of(), null, null), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("None of the events listed is in review");
        long someJob = jdbc.sql("select max(j.id) from bulk_review_job j join timeline t on t.id = j.timeline_id where t.slug = ?")
                .param(DESK).query(Long.class).optional().orElse(0L);
        if (someJob > 0) {
            assertThatThrownBy(() -> as("bulk-job-stranger", "REVIEWER", () -> jobs.job(someJob)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_second_approval_of_the_same_desk_waits_for_the_first_and_says_whose_it_is() {
        long timelineId = deskId();
        // a job under way (not queued: only its row, as another instance running it would leave)
        long running = jdbc.sql("""
                insert into bulk_review_job (timeline_id, step, requested_by, roles, state, event_ids, total, position,
                  created_at, updated_at) values (?, 'APPROVE', 'bulk-job-rita', '{REVIEWER}', 'RUNNING', '{1,2,3,4}', 4, 1,
                  now(), now())
                returning id""").param(timelineId).query(Long.class).single();
        try {
            assertThatThrownBy(() -> as("bulk-job-rita", "REVIEWER", () -> jobs.approveAll(DESK, EventFilter.ALL, null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("bulk-job-rita is already approving events of this timeline (1 of 4); wait for it to end");
        } finally {
            jdbc.sql("update bulk_review_job set state = 'DONE' where id = ?").param(running).update();
        }
    }

    @Test
    void a_running_job_nobody_takes_is_queued_again_and_one_whose_account_is_gone_stops_with_words(
            @Autowired BulkReviewJobRunner runner) {
        String word = "Sweepjob" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = threeDrafts(word);
        long timelineId = deskId();
        // left by an instance that stopped between storing a job and queueing it: no task, no progress for an hour
        long orphan = jdbc.sql("""
                insert into bulk_review_job (timeline_id, step, step_text, requested_by, roles, state, event_ids, total,
                  created_at, updated_at) values (?, 'SUBMIT', 'Sweep', 'bulk-job-ed', '{EDITOR}', 'RUNNING', ?, 3,
                  now() - interval '1 hour', now() - interval '1 hour') returning id""")
                .params(timelineId, ids.toArray(Long[]::new)).query(Long.class).single();
        assertThat(runner.requeueOrphaned()).isGreaterThanOrEqualTo(1);
        BulkReviewJob swept = finished(as("bulk-job-ed", "EDITOR", () -> jobs.job(orphan)), "bulk-job-ed", "EDITOR");
        assertThat(List.of(swept.state().name(), String.valueOf(swept.changed()))).containsExactly("DONE", "3");
        assertThat(status(word + "%")).containsOnlyKeys("IN_REVIEW");

        long ghost = jdbc.sql("""
                insert into bulk_review_job (timeline_id, step, requested_by, roles, state, event_ids, total, created_at,
                  updated_at) values (?, 'APPROVE', 'no-such-account', '{ADMIN}', 'RUNNING', ?, 3, now() - interval '1 hour',
                  now() - interval '1 hour') returning id""")
                .params(timelineId, ids.toArray(Long[]::new)).query(Long.class).single();
        runner.requeueOrphaned();
        BulkReviewJob stopped = finished(as("bulk-job-ed", "EDITOR", () -> jobs.job(ghost)), "bulk-job-ed", "EDITOR");
        assertThat(stopped.state()).isEqualTo(BulkReviewJob.State.FAILED);
        assertThat(stopped.error().english()).startsWith("The account of no-such-account is gone, disabled or without its roles");
        assertThat(status(word + "%")).as("nothing approved in its name").containsOnlyKeys("IN_REVIEW");
    }

    @Test
    void the_person_who_started_a_job_stops_it_and_the_chunk_under_way_is_still_counted(@Autowired BulkReviewJobRunner runner,
            @Autowired BulkReviewJobStore store) {
        String word = "Stopjob" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = threeDrafts(word);
        long timelineId = deskId();
        // a job under way on another instance: only its row
        long id = jdbc.sql("""
                insert into bulk_review_job (timeline_id, step, step_text, requested_by, roles, state, event_ids, total,
                  created_at, updated_at) values (?, 'SUBMIT', 'Stop me', 'bulk-job-ed', '{EDITOR}', 'RUNNING', ?, 3,
                  now(), now()) returning id""").params(timelineId, ids.toArray(Long[]::new)).query(Long.class).single();

        assertThatThrownBy(() -> as("bulk-job-rita", "REVIEWER", () -> jobs.stop(id))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Only bulk-job-ed, who started it, or an administrator may stop this job");
        assertThatThrownBy(() -> as("bulk-job-stranger", "REVIEWER", () -> jobs.stop(id))).as("another desk's job is unknown")
                .isInstanceOf(org.annals.shared.NotFoundException.class);
        BulkReviewJob stopping = as("bulk-job-ed", "EDITOR", () -> jobs.stop(id));
        assertThat(stopping.state()).isEqualTo(BulkReviewJob.State.STOPPING);
        assertThat(stopping.running()).as("still watched until its counts are final").isTrue();
        assertThat(stopping.error().english()).isEqualTo("bulk-job-ed stopped it; the events taken keep their new status, "
                + "the rest are as they were.");
        assertThatThrownBy(() -> as("bulk-job-ed", "EDITOR", () -> jobs.stop(id))).isInstanceOf(InvalidInputException.class)
                .hasMessage("This job has already ended or is stopping");

        // the instance running it finishes the chunk it had begun: counted; its next turn takes no more and ends it
        assertThat(store.advance(id, 0, List.of(new BulkOutcome(org.annals.event.EventId.of(ids.getFirst()), word,
                BulkOutcome.Result.CHANGED, null)), java.time.Instant.now())).isTrue();
        runner.queue(id, 1);
        BulkReviewJob after = finished(stopping, "bulk-job-ed", "EDITOR");
        assertThat(List.of(after.state().name(), after.done(), after.changed())).containsExactly("STOPPED", 1, 1);
        assertThat(after.finishedAt()).isNotNull();
        assertThat(after.error().english()).startsWith("bulk-job-ed stopped it");
        assertThat(status(word + "%")).as("the rest as they were").containsOnlyKeys("DRAFT");
    }

    /** Three drafts on the desk by its editor, headed {@code word 0…2}; their ids. */
    private List<Long> threeDrafts(String word) {
        return IntStream.range(0, 3).mapToObj(i -> as("bulk-job-ed", "EDITOR", () -> editing.createDraft(DESK,
                new EventContent(word + " " + i, null, UncertainDate.parse("2023-05"), null, Place.UNKNOWN,
                        Set.of(EventType.AID), Set.of(), Confidence.INFERRED))).id().value()).toList();
    }

    private long deskId() {
        return jdbc.sql("select id from timeline where slug = ?").param(DESK).query(Long.class).single();
    }

    private BulkReviewJob finished(BulkReviewJob job, String user, String roles) {
        return Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(user, roles, () -> jobs.job(job.id())), j -> !j.running());
    }

    private java.util.Map<String, Long> status(String headlineLike) {
        return jdbc.sql("select status, count(*) from timeline_event where headline like ? group by status")
                .param(headlineLike).query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }
}
