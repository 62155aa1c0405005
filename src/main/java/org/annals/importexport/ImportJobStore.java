package org.annals.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.annals.event.PossibleDuplicate;
import org.annals.shared.Wording;
import org.annals.shared.WordingJson;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import jobs and their uploads in PostgreSQL: a file is kept in parts of {@value #PART} bytes until its import is
 * over, and read back a part at a time, so neither keeping nor reading it holds it in memory, and any instance can.
 */
@Component
class ImportJobStore {

    static final int PART = 1024 * 1024;
    private static final String SELECT = """
            select j.*, t.slug as timeline_slug from import_job j join timeline t on t.id = j.timeline_id""";

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job for the upload, checking; the file is stored with it (refused past {@code maxBytes}). */
    long create(long timelineId, String format, String fileName, InputStream upload, long maxBytes, String by, Instant now) {
        long id = jdbc.sql("""
                insert into import_job (timeline_id, format, file_name, file_bytes, state, created_by, created_at, updated_at,
                  phase_started) values (?, ?, ?, 0, 'CHECKING', ?, ?, ?, ?) returning id""")
                .params(timelineId, format, fileName, by, at(now), at(now), at(now)).query(Long.class).single();
        long total = 0;
        try (InputStream in = upload) {
            for (int part = 0; ; part++) {
                byte[] bytes = in.readNBytes(PART);
                if (bytes.length == 0) {
                    break;
                }
                total += bytes.length;
                if (total > maxBytes) {
                    throw UploadedFile.tooBig(maxBytes);
                }
                jdbc.sql("insert into import_job_file (job_id, part, bytes) values (?, ?, ?)").params(id, part, bytes).update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("update import_job set file_bytes = ? where id = ?").params(total, id).update();
        return id;
    }

    /** The job's file as it was uploaded, read a part at a time. */
    InputStream file(long id) {
        return new InputStream() {
            private int part;
            private byte[] bytes = new byte[0];
            private int at;
            private boolean ended;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                while (at == bytes.length) {
                    if (ended) {
                        return -1;
                    }
                    List<byte[]> next = jdbc.sql("select bytes from import_job_file where job_id = ? and part = ?")
                            .params(id, part++).query((row, n) -> row.getBytes(1)).list();
                    ended = next.isEmpty();
                    bytes = ended ? new byte[0] : next.getFirst();
                    at = 0;
                }
                int n = Math.min(length, bytes.length - at);
                System.arraycopy(bytes, at, into, offset, n);
                at += n;
                return n;
            }
        };
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql(SELECT + " where j.id = ?").param(id).query(ImportJobStore::job).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql(SELECT + " order by j.created_at desc, j.id desc limit ?").param(limit).query(ImportJobStore::job).list();
    }

    List<ImportJob> recent(long timelineId, int limit) {
        return jdbc.sql(SELECT + " where j.timeline_id = ? order by j.created_at desc, j.id desc limit ?").params(timelineId, limit)
                .query(ImportJobStore::job).list();
    }

    /** A phase begins (again, after a restart): its rate is counted from now. */
    void phaseStarted(long id, Instant now) {
        jdbc.sql("update import_job set phase_started = ?, rows_done = 0, updated_at = ? where id = ?")
                .params(at(now), at(now), id).update();
    }

    void progress(long id, int rowsDone, Instant now) {
        jdbc.sql("update import_job set rows_done = ?, updated_at = ? where id = ?").params(rowsDone, at(now), id).update();
    }

    void checked(long id, Checked found, Instant now) {
        jdbc.sql("""
                update import_job set state = 'READY', rows_total = ?, rows_new = ?, rows_present = ?, rows_refused = ?,
                  problems = ?, problems_wording = ?, rows_changed = ?, changes = ?, changes_wording = ?, rows_duplicates = ?,
                  duplicates = ?, rows_missing = ?, missing = ?, rows_done = ?,
                  updated_at = ?
                where id = ? and state = 'CHECKING'""")
                .params(found.total(), found.fresh(), found.unchanged(), found.refused(),
                        lines(found.problems().stream().map(Wording::english).toList()), WordingJson.write(found.problems()),
                        found.changed(),
                        lines(found.changes().stream().map(Wording::english).toList()), WordingJson.write(found.changes()),
                        found.duplicates(), duplicatesJson(found.firstDuplicates()), found.missing(), lines(found.missingRefs()), found.total(), at(now), id).update();
    }

    /**
     * What a check found: rows in all, new, unchanged, changed upstream, refused, and events imported from the data set
     * before that the file no longer has; the first problems, changes and missing refs.
     */
    record Checked(int total, int fresh, int unchanged, int changed, int refused, List<Wording> problems, List<Wording> changes,
            int missing, List<String> missingRefs, int duplicates, List<PossibleDuplicate> firstDuplicates) {
    }

    /** The possible duplicates a check names, as JSON: the row's ref and the event it likely is. */
    private static String duplicatesJson(List<PossibleDuplicate> duplicates) {
        tools.jackson.databind.node.ArrayNode array = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
        duplicates.forEach(d -> array.addObject().put("ref", d.ref()).put("eventId", d.eventId().value()).put("slug", d.slug())
                .put("headline", d.headline()));
        return array.toString();
    }

    private static List<PossibleDuplicate> duplicates(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<PossibleDuplicate> duplicates = new java.util.ArrayList<>();
        tools.jackson.databind.json.JsonMapper.shared().readTree(json).forEach(d -> duplicates.add(new PossibleDuplicate(
                d.path("ref").asString(), org.annals.event.EventId.of(d.path("eventId").asLong()), d.path("slug").asString(),
                d.path("headline").asString())));
        return duplicates;
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines.stream().map(line -> line.replace('\n', ' ')).toList());
    }

    /** From ready to importing, once: false when the job was not waiting (confirmed twice, discarded, gone). */
    boolean confirmed(long id, String by, Instant now) {
        return jdbc.sql("""
                update import_job set state = 'IMPORTING', confirmed_by = ?, phase_started = ?, rows_done = 0, updated_at = ?
                where id = ? and state = 'READY'""").params(by, at(now), at(now), id).update() == 1;
    }

    /** The revision a done job's events were added in. */
    Optional<Long> revision(long id) {
        return jdbc.sql("select revision from import_job where id = ? and state = 'DONE' and revision is not null").param(id)
                .query(Long.class).optional();
    }

    /** From done to undone, once; false when the job was not done (or undone already). */
    boolean undone(long id, String by, int removed, Instant now) {
        return jdbc.sql("update import_job set state = 'UNDONE', undone_by = ?, events_removed = ?, updated_at = ? where id = ? and state = 'DONE'")
                .params(by, removed, at(now), id).update() == 1;
    }

    boolean discarded(long id, Instant now) {
        boolean was = jdbc.sql("update import_job set state = 'DISCARDED', updated_at = ? where id = ? and state = 'READY'")
                .params(at(now), id).update() == 1;
        if (was) {
            dropFile(id);
        }
        return was;
    }

    /** Discards, with the reason, the jobs ready since before {@code before}, and removes their files. How many. */
    int expire(Instant before, Wording why, Instant now) {
        List<Long> expired = jdbc.sql("""
                update import_job set state = 'DISCARDED', error = ?, error_wording = ?, updated_at = ?
                where state = 'READY' and updated_at < ?
                returning id""").params(why.english(), WordingJson.write(List.of(why)), at(now), at(before)).query(Long.class).list();
        expired.forEach(this::dropFile);
        return expired.size();
    }

    /** From importing to done, once: false when the job was not importing. */
    boolean done(long id, int created, long revision, int updated, int kept, Instant now) {
        boolean was = jdbc.sql("""
                update import_job set state = 'DONE', events_created = ?, revision = ?, events_updated = ?, events_kept = ?,
                  updated_at = ? where id = ? and state = 'IMPORTING'""").params(created, revision, updated, kept, at(now), id)
                .update() == 1;
        dropFile(id);
        return was;
    }

    /** The job ends without storing anything: its file could not be read ({@code REFUSED}) or the work failed. */
    void ended(long id, ImportJobState state, Wording why, Instant now) {
        String english = why.english();
        jdbc.sql("""
                update import_job set state = ?, error = ?, error_wording = ?, updated_at = ?
                where id = ? and state in ('CHECKING', 'IMPORTING')""")
                .params(state.name(), english.length() > 4000 ? english.substring(0, 4000) : english,
                        WordingJson.write(List.of(why)), at(now), id).update();
        dropFile(id);
    }

    /** A check's refused rows, kept for the report's download (a check run again starts them afresh). */
    void refusedRows(long id, List<RefusedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into import_job_refused_row (job_id, line, event_id, reason)
                select ?, l, e, r from unnest(?::int[], ?::text[], ?::text[]) as t(l, e, r)
                on conflict (job_id, line) do update set event_id = excluded.event_id, reason = excluded.reason""")
                .params(id, rows.stream().map(RefusedRow::line).toArray(Integer[]::new),
                        rows.stream().map(RefusedRow::eventId).toArray(String[]::new),
                        rows.stream().map(RefusedRow::reason).toArray(String[]::new)).update();
    }

    /** The refused rows after {@code afterLine}, in the file's order, at most {@code limit}. */
    List<RefusedRow> refusedRows(long id, int afterLine, int limit) {
        return jdbc.sql("select line, event_id, reason from import_job_refused_row where job_id = ? and line > ? order by line limit ?")
                .params(id, afterLine, limit).query((row, n) -> new RefusedRow(row.getInt(1), row.getString(2), row.getString(3))).list();
    }

    record RefusedRow(int line, String eventId, String reason) {
    }

    private void dropFile(long id) {
        jdbc.sql("delete from import_job_file where job_id = ?").param(id).update();
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private static ImportJob job(ResultSet row, int n) throws SQLException {
        String problems = row.getString("problems");
        return new ImportJob(row.getLong("id"), row.getString("timeline_slug"), row.getString("file_name"),
                row.getLong("file_bytes"), ImportJobState.valueOf(row.getString("state")), row.getString("created_by"),
                instant(row, "created_at"), row.getString("confirmed_by"), instant(row, "updated_at"),
                row.getTimestamp("phase_started") == null ? null : instant(row, "phase_started"), row.getInt("rows_done"),
                integer(row, "rows_total"), integer(row, "rows_new"), integer(row, "rows_present"), integer(row, "rows_refused"),
                split(problems),
                integer(row, "events_created"), row.getString("error"), integer(row, "rows_changed"),
                split(row.getString("changes")), integer(row, "events_updated"), integer(row, "events_kept"),
                row.getString("undone_by"), integer(row, "events_removed"), row.getString("format"),
                integer(row, "rows_missing"), split(row.getString("missing")),
                row.getObject("revision") == null ? null : row.getLong("revision"), WordingJson.read(row.getString("problems_wording")),
                WordingJson.read(row.getString("error_wording")).stream().findFirst().orElse(null),
                WordingJson.read(row.getString("changes_wording")), integer(row, "rows_duplicates"),
                duplicates(row.getString("duplicates")));
    }

    private static List<String> split(@Nullable String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
