package org.annals.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.annals.event.EventId;
import org.annals.shared.Wording;
import org.annals.shared.WordingJson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The bulk review jobs in PostgreSQL: the events chosen when each started, how far it got and what it did. */
@Component
class BulkReviewJobStore {

    private static final String SELECT = """
            select j.id, t.slug, j.step, j.requested_by, j.state, j.total, j.position, j.changed,
              j.unchanged, j.refused, j.outcomes, j.error, j.created_at, j.updated_at, j.finished_at
            from bulk_review_job j join timeline t on t.id = j.timeline_id""";

    private final JdbcClient jdbc;

    BulkReviewJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long timelineId, BulkReviewJob.Step step, @Nullable String text, String by, List<String> roles,
            List<EventId> events, Instant now) {
        return jdbc.sql("""
                insert into bulk_review_job (timeline_id, step, step_text, requested_by, roles, state, event_ids, total, created_at,
                  updated_at) values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?) returning id""")
                .params(timelineId, step.name(), text, by, roles.toArray(String[]::new),
                        events.stream().map(EventId::value).toArray(Long[]::new), events.size(), at(now), at(now))
                .query(Long.class).single();
    }

    Optional<BulkReviewJob> find(long id) {
        return jdbc.sql(SELECT + " where j.id = ?").param(id).query((rs, n) -> job(rs)).optional();
    }

    List<BulkReviewJob> recent(long timelineId, int limit) {
        return jdbc.sql(SELECT + " where j.timeline_id = ? order by j.created_at desc, j.id desc limit ?")
                .params(timelineId, limit).query((rs, n) -> job(rs)).list();
    }

    /** A job already taking the same step on the same timeline, if any (two would take the same events in turn). */
    Optional<BulkReviewJob> running(long timelineId, BulkReviewJob.Step step) {
        return jdbc.sql(SELECT + " where j.timeline_id = ? and j.step = ? and j.state in ('RUNNING', 'STOPPING') order by j.id limit 1")
                .params(timelineId, step.name()).query((rs, n) -> job(rs)).optional();
    }

    /** What the job needs to go on: its step, text, person, roles, and the events from where it got to. */
    Optional<Work> work(long id, int chunk) {
        return jdbc.sql("""
                select step, step_text, requested_by, roles, state, position, event_ids[position + 1 : position + ?] as next
                from bulk_review_job where id = ?""")
                .params(chunk, id).query((rs, n) -> new Work(BulkReviewJob.Step.valueOf(rs.getString("step")),
                        rs.getString("step_text"), rs.getString("requested_by"), strings(rs.getArray("roles")),
                        BulkReviewJob.State.valueOf(rs.getString("state")), rs.getInt("position"), ids(rs.getArray("next"))))
                .optional();
    }

    record Work(BulkReviewJob.Step step, @Nullable String text, String by, List<String> roles, BulkReviewJob.State state,
            int position, List<EventId> next) {
    }

    /**
     * Records a chunk's outcomes, moving on only from where the chunk began (an instance that picked the job up again
     * meanwhile does not have its work counted twice); whether it was recorded. A chunk under way when a stop was
     * asked for is still counted: its events were taken.
     */
    boolean advance(long id, int from, List<BulkOutcome> outcomes, Instant now) {
        int changed = (int) outcomes.stream().filter(o -> o.result() == BulkOutcome.Result.CHANGED).count();
        int unchanged = (int) outcomes.stream().filter(o -> o.result() == BulkOutcome.Result.UNCHANGED).count();
        String named = json(outcomes.stream().filter(o -> o.result() != BulkOutcome.Result.CHANGED).toList());
        return jdbc.sql("""
                update bulk_review_job set position = position + ?, changed = changed + ?, unchanged = unchanged + ?,
                  refused = refused + ?, updated_at = ?,
                  outcomes = case when jsonb_array_length(outcomes) >= ? then outcomes
                    else (select coalesce(jsonb_agg(o order by n), '[]') from (select o, n from jsonb_array_elements(
                          outcomes || ?::jsonb) with ordinality as x(o, n) order by n limit ?) kept) end
                where id = ? and position = ? and state in ('RUNNING', 'STOPPING')""")
                .params(outcomes.size(), changed, unchanged, outcomes.size() - changed - unchanged, at(now),
                        BulkReviewJob.LISTED, named, BulkReviewJob.LISTED, id, from)
                .update() == 1;
    }

    /**
     * Running jobs nobody is taking (no task of theirs queued or under way, no progress for {@code quiet}): an
     * instance stopped between queueing and running, or queueing failed; each with where it got to.
     */
    List<long[]> orphaned(Instant quietSince) {
        return jdbc.sql("""
                select j.id, j.position from bulk_review_job j where j.state in ('RUNNING', 'STOPPING') and j.updated_at < ?
                  and not exists (select 1 from review_scheduled_tasks s where s.task_instance like j.id || '-%')""")
                .param(at(quietSince)).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
    }

    void ended(long id, BulkReviewJob.State state, @Nullable Wording error, Instant now) {
        // a job asked to stop that ends meanwhile (its last chunk, a failure) ends as what it came to
        jdbc.sql("update bulk_review_job set state = ?, error = ?, updated_at = ?, finished_at = ? where id = ?"
                        + " and state in ('RUNNING', 'STOPPING')")
                .params(state.name(), error == null ? null : WordingJson.write(List.of(error)), at(now), at(now), id).update();
    }

    /** Asks a running job to stop, saying who asked; whether it was running. */
    boolean stopping(long id, Wording why, Instant now) {
        return jdbc.sql("update bulk_review_job set state = 'STOPPING', error = ?, updated_at = ? where id = ? and state = 'RUNNING'")
                .params(WordingJson.write(List.of(why)), at(now), id).update() == 1;
    }

    /** A job asked to stop, once no run is taking events for it: STOPPED, its words kept. */
    void stopped(long id, Instant now) {
        jdbc.sql("update bulk_review_job set state = 'STOPPED', updated_at = ?, finished_at = ? where id = ? and state = 'STOPPING'")
                .params(at(now), at(now), id).update();
    }

    private static String json(List<BulkOutcome> outcomes) {
        ArrayNode array = JsonMapper.shared().createArrayNode();
        for (BulkOutcome outcome : outcomes) {
            var node = array.addObject();
            node.put("id", outcome.eventId().value());
            node.put("headline", outcome.headline());
            node.put("result", outcome.result().name());
            if (outcome.reason() != null) {
                node.put("reason", WordingJson.write(List.of(outcome.reason())));
            }
        }
        return array.toString();
    }

    private static List<BulkOutcome> outcomes(String json) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (JsonNode node : JsonMapper.shared().readTree(json)) {
            List<Wording> reason = WordingJson.read(node.has("reason") ? node.get("reason").asString() : null);
            outcomes.add(new BulkOutcome(EventId.of(node.path("id").asLong()), node.path("headline").asString(""),
                    BulkOutcome.Result.valueOf(node.path("result").asString()), reason.isEmpty() ? null : reason.getFirst()));
        }
        return outcomes;
    }

    private static BulkReviewJob job(ResultSet rs) throws SQLException {
        List<Wording> error = WordingJson.read(rs.getString("error"));
        return new BulkReviewJob(rs.getLong("id"), rs.getString("slug"), BulkReviewJob.Step.valueOf(rs.getString("step")),
                rs.getString("requested_by"), BulkReviewJob.State.valueOf(rs.getString("state")), rs.getInt("total"),
                rs.getInt("position"), rs.getInt("changed"), rs.getInt("unchanged"), rs.getInt("refused"),
                outcomes(rs.getString("outcomes")), error.isEmpty() ? null : error.getFirst(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<EventId> ids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).map(EventId::of).toList();
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
