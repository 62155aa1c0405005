package org.annals.publication.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.annals.publication.CorrectionEntry;
import org.annals.publication.CorrectionKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public corrections log: retractions and substantive corrections, newest first. */
@Component
public class Corrections {

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code revision}: the published revision the correction produced, if it produced one (a retraction does not). */
    public void record(long timelineId, long eventId, CorrectionKind kind, String note, String by, Instant at,
            @Nullable Integer revision) {
        record(timelineId, eventId, kind, note, by, at, revision, false, List.of());
    }

    /**
     * {@code minor}: the approver marked the change minor (a typo); {@code changedParts}: when nobody wrote the note,
     * the parts it names (see {@link PublicChanges}), so each reader's language can name them too.
     */
    public void record(long timelineId, long eventId, CorrectionKind kind, String note, String by, Instant at,
            @Nullable Integer revision, boolean minor, List<String> changedParts) {
        jdbc.sql("""
                insert into correction (timeline_id, event_id, kind, note, made_at, made_by, revision, minor, changed_parts)
                values (:timelineId, :eventId, :kind, :note, :at, :by, :revision, :minor,
                        string_to_array(:parts, ','))""")
                .param("revision", revision).param("minor", minor)
                // in display order (part names hold no comma)
                .param("parts", changedParts.isEmpty() ? null : String.join(",", changedParts))
                .param("timelineId", timelineId).param("eventId", eventId).param("kind", kind.name())
                .param("note", note).param("at", Timestamp.from(at)).param("by", by).update();
    }

    public List<CorrectionEntry> list(long timelineId, int limit) {
        return jdbc.sql("""
                select p.slug, c.kind, c.note, c.made_at, c.revision, c.minor, c.changed_parts,
                       p.document -> 'content' ->> 'headline' as headline
                from correction c join published_event p on p.event_id = c.event_id
                where c.timeline_id = :timelineId order by c.made_at desc, c.id desc limit :limit""")
                .param("timelineId", timelineId).param("limit", limit)
                .query((rs, n) -> new CorrectionEntry(rs.getString("slug"), rs.getString("headline"),
                        CorrectionKind.valueOf(rs.getString("kind")), rs.getString("note"),
                        rs.getTimestamp("made_at").toInstant(), rs.getObject("revision", Integer.class), rs.getBoolean("minor"),
                        parts(rs.getArray("changed_parts"))))
                .list();
    }

    private static List<String> parts(java.sql.@Nullable Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
