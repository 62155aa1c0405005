package org.annals.event.internal;

import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.CitationInput;
import org.annals.event.Disagreement;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.ImportedEvent;
import org.annals.history.ChangeMessage;
import org.annals.history.RevisionAuthorListener;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceId;
import org.annals.source.SourceService;
import org.annals.timeline.TimelineId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes imported events a chunk at a time with {@code COPY} and set-based SQL instead of one entity at a time: an
 * ACLED export of the war holds about 200,000 rows, and Hibernate wrote about 300 a second (docs/benchmarks.md). The
 * rows are the ones {@link TimelineEventEntity} and its children would write, and their history is the one Envers
 * would record: one revision for the whole import (its author and message), with every new event, actor link,
 * citation, disagreement and actor in it as added. Which history columns to fill is read from the database, so a
 * column added to an audited table later is carried without touching this class.
 */
@Component
public class EventBulkWriter {

    private static final String EVENT_COLUMNS = "id, timeline_id, slug, external_ref, headline, summary, date_note, "
            + "start_earliest, start_latest, start_precision, start_nominal, end_earliest, end_latest, end_precision, "
            + "end_nominal, place_name, place_latitude, place_longitude, place_precision, types, tags, confidence, status, "
            + "last_edited_by, has_published_version, created_at, updated_at, import_fingerprint, import_revision, "
            + "fatalities_low, fatalities_best, fatalities_high, admin1, admin2, admin3, disorder_type, interaction, data_codes";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SourceService sources;
    private final jakarta.persistence.EntityManager entities;
    private final TimelineEventRepository events;

    EventBulkWriter(JdbcClient jdbc, DataSource dataSource, SourceService sources, jakarta.persistence.EntityManager entities,
            TimelineEventRepository events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.sources = sources;
        this.entities = entities;
        this.events = events;
    }

    /** Starts an import into the timeline: its one revision is written now, in the caller's transaction. */
    public Batch open(long timelineId, Instant now) {
        oneAtATime(timelineId);
        return new Batch(timelineId, revision(now), RevisionAuthorListener.author(), now);
    }

    /**
     * Imports and undos of one timeline wait for one another (until the transaction ends): two at once would both read
     * the same slugs and refs as free, and the second would fail on the first's after minutes of work.
     */
    private void oneAtATime(long timelineId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(IMPORT_LOCKS, (int) timelineId).query((row, n) -> 1).list();
    }

    /** The first key of the advisory locks imports take, the timeline's id being the second. */
    private static final int IMPORT_LOCKS = 0x1A2B0018;

    /** A revision of the history for a change written here: who (signed in now) and the change's message. */
    private long revision(Instant now) {
        return jdbc.sql("insert into revinfo (revtstmp, username, message) values (?, ?, ?) returning rev")
                .params(now.toEpochMilli(), RevisionAuthorListener.author(), ChangeMessage.current()).query(Long.class).single();
    }

    /**
     * Removes the events an import added (those created in its revision), refused unless every one of them is still
     * a draft as the import wrote it: never edited, submitted or published, without notes, relations or merges. The
     * removal is one revision of the history, each row kept there as it was (as Envers keeps a deletion). How many
     * events went.
     */
    public int removeImported(long timelineId, long importRevision, Instant now) {
        oneAtATime(timelineId);
        Long[] ids = jdbc.sql("""
                select e.id from timeline_event_aud a join timeline_event e on e.id = a.id
                where a.rev = ? and a.revtype = 0 and e.timeline_id = ? order by e.id""")
                .params(importRevision, timelineId).query(Long.class).list().toArray(Long[]::new);
        if (ids.length == 0) {
            return 0;
        }
        // locked before they are looked at: an editor's save committing between the check and the removal would be lost
        jdbc.sql("select id from timeline_event where id = any(?) order by id for update").param(ids).query(Long.class).list();
        // each a set query: a check per event (an index look-up each, or a scan of merges each) would not end at scale
        long touched = jdbc.sql("select count(*) from timeline_event where id = any(?) and (status <> 'DRAFT' or version <> 0)")
                .param(ids).query(Long.class).single()
                + jdbc.sql("select count(distinct event_id) from annotation where event_id = any(?)").param(ids).query(Long.class).single()
                + jdbc.sql("select count(*) from event_relation where from_event_id = any(?) or to_event_id = any(?)")
                        .params(ids, ids).query(Long.class).single()
                + jdbc.sql("select count(*) from timeline_event where merged_into_id = any(?)").param(ids).query(Long.class).single();
        if (touched > 0) {
            throw new InvalidInputException("import", "Some of the " + ids.length + " events this import added have been "
                    + "edited, reviewed, annotated, related or merged since (" + touched + " found); nothing was removed",
                    "import.refusal.undoTouched", ids.length, touched);
        }
        long revision = revision(now);
        for (String[] table : new String[][] {{"source_disagreement", "event_id"}, {"citation", "event_id"},
                {"event_actor", "event_id"}, {"timeline_event", "id"}}) {
            audit(revision, 2, table[0], table[1], ids);
        }
        // the actor links, citations and disagreements go with their events (on delete cascade)
        jdbc.sql("delete from timeline_event where id = any(?)").param(ids).update();
        return ids.length;
    }

    /** One import's writing: the refs, slugs, actors and sources it has met, so each chunk asks only about new ones. */
    public final class Batch {

        private final long timelineId;
        private final long revision;
        private final String author;
        private final Instant now;
        private final Set<String> refsSeen = new HashSet<>();
        private final Set<String> slugsUsed = new HashSet<>();
        /** The next number to try after a slug's base, per base this import has numbered. */
        private final Map<String, Integer> slugNumbers = new HashMap<>();
        private final Map<String, StoredActor> actors = new HashMap<>();
        private final Map<String, SourceId> sourceIds = new HashMap<>();

        private Batch(long timelineId, long revision, String author, Instant now) {
            this.timelineId = timelineId;
            this.revision = revision;
            this.author = author;
            this.now = now;
        }

        public long revision() {
            return revision;
        }

        /**
         * Writes the events of {@code chunk} whose ref neither the timeline nor this import has yet; their ids by ref,
         * in the chunk's order.
         */
        public Map<String, Long> add(List<ImportedEvent> chunk) {
            List<ImportedEvent> fresh = fresh(chunk);
            Map<String, Long> created = new java.util.LinkedHashMap<>();
            if (fresh.isEmpty()) {
                return created;
            }
            knowActors(fresh);
            knowSources(fresh);
            List<String> slugs = slugs(fresh);
            List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('timeline_event', 'id')) from generate_series(1, ?)")
                    .param(fresh.size()).query(Long.class).list();
            CopyRows eventRows = new CopyRows();
            CopyRows actorRows = new CopyRows();
            CopyRows citationRows = new CopyRows();
            CopyRows disagreementRows = new CopyRows();
            for (int i = 0; i < fresh.size(); i++) {
                ImportedEvent event = fresh.get(i);
                long id = ids.get(i);
                eventRow(eventRows, id, slugs.get(i), event);
                for (ActorLink link : event.actors()) {
                    actorRows.value(id).value(actors.get(link.name()).id()).text(link.role().name()).endRow();
                }
                for (CitationInput citation : event.citations()) {
                    citationRows.value(id).value(sourceIds.get(citation.source().url()).value()).text(citation.quote())
                            .text(citation.supports()).text(citation.stance().name()).endRow();
                }
                for (Disagreement disagreement : event.disagreements()) {
                    disagreementRows.value(id).text(disagreement.topic()).text(disagreement.claims())
                            .text(disagreement.reading()).text(disagreement.rationale()).array(disagreement.sources()).endRow();
                }
                created.put(event.externalRef(), id);
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            eventRows.copyInto(connection, "timeline_event", EVENT_COLUMNS);
            actorRows.copyInto(connection, "event_actor", "event_id, actor_id, role");
            citationRows.copyInto(connection, "citation", "event_id, source_id, quote, supports, stance");
            disagreementRows.copyInto(connection, "source_disagreement", "event_id, topic, claims, reading, rationale, source_urls");
            Long[] idArray = ids.toArray(Long[]::new);
            audit("timeline_event", "id", idArray);
            audit("event_actor", "event_id", idArray);
            audit("citation", "event_id", idArray);
            audit("source_disagreement", "event_id", idArray);
            return created;
        }

        private List<ImportedEvent> fresh(List<ImportedEvent> chunk) {
            OwnRefs own = OwnRefs.of(chunk);
            Set<String> present = new HashSet<>(jdbc.sql("select " + REF + " from timeline_event where timeline_id = ? and "
                    + WITH_REFS).params(timelineId, chunk.stream().map(ImportedEvent::externalRef).toArray(String[]::new),
                    own.ids(), own.slugs()).query(String.class).list());
            return chunk.stream().filter(e -> !present.contains(e.externalRef()) && refsSeen.add(e.externalRef())).toList();
        }

        /** Finds or adds the actors the chunk names, refusing a name the timeline records as another kind. */
        private void knowActors(List<ImportedEvent> chunk) {
            Map<String, ActorKind> wanted = new java.util.LinkedHashMap<>();
            chunk.forEach(e -> e.actors().forEach(link -> {
                if (!actors.containsKey(link.name())) {
                    wanted.putIfAbsent(link.name(), link.kind());
                }
            }));
            if (!wanted.isEmpty()) {
                String[] names = wanted.keySet().toArray(String[]::new);
                List<Long> added = jdbc.sql("insert into actor (timeline_id, name, kind) select ?, n, k "
                        + "from unnest(?::text[], ?::text[]) as t(n, k) on conflict (timeline_id, name) do nothing returning id")
                        .params(timelineId, names, wanted.values().stream().map(Enum::name).toArray(String[]::new))
                        .query(Long.class).list();
                audit("actor", "id", added.toArray(Long[]::new));
                jdbc.sql("select id, name, kind from actor where timeline_id = ? and name = any(?)").params(timelineId, names)
                        .query((row, n) -> new StoredActor(row.getLong(1), row.getString(2), ActorKind.valueOf(row.getString(3))))
                        .list().forEach(actor -> actors.put(actor.name(), actor));
            }
            chunk.forEach(e -> e.actors().forEach(link -> {
                ActorKind recorded = actors.get(link.name()).kind();
                if (recorded != link.kind()) {
                    throw EventStore.otherKind(link, recorded);
                }
            }));
        }

        /**
         * Finds or adds the sources the chunk cites through the sources' own service (which also queues their
         * capture); written at once, so the citations copied next can name them.
         */
        private void knowSources(List<ImportedEvent> chunk) {
            boolean any = false;
            for (ImportedEvent event : chunk) {
                for (CitationInput citation : event.citations()) {
                    if (!sourceIds.containsKey(citation.source().url())) {
                        sourceIds.put(citation.source().url(), sources.cite(TimelineId.of(timelineId), citation.source()));
                        any = true;
                    }
                }
            }
            if (any) {
                entities.flush();
            }
        }

        /**
         * Each event's slug: its own when it gives one (refused when taken), else the day and headline's words, numbered
         * -2, -3, … past the ones taken. The bases are looked up a chunk at a time, and the numbers taken after each base
         * once per import (a busy day of ACLED rows shares a few bases among dozens of rows).
         */
        private List<String> slugs(List<ImportedEvent> chunk) {
            List<String> bases = chunk.stream().map(e -> e.slug() != null ? e.slug()
                    : EventSlugs.from(e.content().start(), e.content().headline())).toList();
            Set<String> taken = new HashSet<>(jdbc.sql("select slug from timeline_event where timeline_id = ? and slug = any(?)")
                    .params(timelineId, new LinkedHashSet<>(bases).toArray(String[]::new)).query(String.class).list());
            List<String> numberless = new ArrayList<>();
            for (String base : new LinkedHashSet<>(bases)) {
                if ((taken.contains(base) || slugsUsed.contains(base)) && !slugNumbers.containsKey(base)) {
                    numberless.add(base);
                }
            }
            if (!numberless.isEmpty()) {
                jdbc.sql("""
                        select b.base, coalesce(max(cast(substring(e.slug from length(b.base) + 2) as int)), 1)
                        from unnest(?::text[]) as b(base) left join timeline_event e on e.timeline_id = ?
                          and e.slug >= b.base || '-' and e.slug < b.base || '.'
                          and substring(e.slug from length(b.base) + 2) ~ '^[1-9][0-9]{0,8}$'
                        group by b.base""").params(numberless.toArray(String[]::new), timelineId)
                        .query((row, n) -> Map.entry(row.getString(1), row.getInt(2) + 1)).list()
                        .forEach(next -> slugNumbers.put(next.getKey(), next.getValue()));
            }
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                String base = bases.get(i);
                boolean free = !taken.contains(base) && !slugsUsed.contains(base);
                if (chunk.get(i).slug() != null && !free) {
                    throw new InvalidInputException("slug", "The slug " + base + " is already used in this timeline",
                            "form.refusal.slugTaken", base);
                }
                String slug = free ? base : numbered(base);
                slugsUsed.add(slug);
                slugs.add(slug);
            }
            // the numbers after a base are read as a range of the slug index, exact in the C collation; in another the
            // range may miss some, so the numbered slugs are checked as a set, and one taken after all numbered again
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < slugs.size(); i++) {
                if (!slugs.get(i).equals(bases.get(i))) {
                    numbered.add(slugs.get(i));
                }
            }
            if (!numbered.isEmpty()) {
                Set<String> clash = new HashSet<>(jdbc.sql("select slug from timeline_event where timeline_id = ? and slug = any(?)")
                        .params(timelineId, numbered.toArray(String[]::new)).query(String.class).list());
                for (int i = 0; i < slugs.size() && !clash.isEmpty(); i++) {
                    if (clash.contains(slugs.get(i))) {
                        String slug = slugs.get(i);
                        while (slugsUsed.contains(slug) || events.existsByTimelineIdAndSlug(timelineId, slug)) {
                            slug = numbered(bases.get(i));
                        }
                        slugsUsed.add(slug);
                        slugs.set(i, slug);
                    }
                }
            }
            return slugs;
        }

        /**
         * The base's next free number: past every number the timeline has after it (read once per base), and past a
         * slug of this import whose own base happens to read the same.
         */
        private String numbered(String base) {
            int n = slugNumbers.computeIfAbsent(base, b -> events.highestSlugNumber(timelineId, b) + 1);
            String candidate = base + "-" + n;
            while (slugsUsed.contains(candidate)) {
                candidate = base + "-" + ++n;
            }
            slugNumbers.put(base, n + 1);
            return candidate;
        }

        private void eventRow(CopyRows rows, long id, String slug, ImportedEvent event) {
            EventContent content = event.content();
            rows.value(id).value(timelineId).text(slug).text(event.externalRef()).text(content.headline())
                    .text(content.summary()).text(content.dateNote());
            date(rows, content.start());
            date(rows, content.end());
            var point = content.place().point();
            rows.text(content.place().name()).value(point == null ? null : point.latitude())
                    .value(point == null ? null : point.longitude()).text(content.place().precision().name())
                    .array(content.types().stream().map(Enum::name).sorted().toList())
                    .array(content.tags().stream().sorted().toList()).text(content.confidence().name())
                    .text(event.status().name()).text(author).value(event.status() == EventStatus.PUBLISHED)
                    .value(now.atOffset(ZoneOffset.UTC)).value(now.atOffset(ZoneOffset.UTC))
                    .text(org.annals.event.ImportFingerprint.of(event)).value(revision);
            var data = content.data();
            rows.value(data.fatalitiesLow()).value(data.fatalitiesBest()).value(data.fatalitiesHigh()).text(data.admin1())
                    .text(data.admin2()).text(data.admin3()).text(data.disorderType()).text(data.interaction())
                    .array(data.codeEntries()).endRow();
        }

        private static void date(CopyRows rows, @Nullable UncertainDate date) {
            rows.value(date == null ? null : date.earliest()).value(date == null ? null : date.latest())
                    .text(date == null ? null : date.precision().name()).value(date == null ? null : date.nominal());
        }

        /** Records the rows just written as added in the import's revision, column for column as Envers would. */
        private void audit(String table, String key, Long[] ids) {
            EventBulkWriter.this.audit(revision, 0, table, key, ids);
        }
    }

    /** Copies the rows into their history table in the revision, as added (0) or removed (2), as Envers would. */
    private void audit(long revision, int revisionType, String table, String key, Long[] ids) {
        if (ids.length == 0) {
            return;
        }
        String columns = String.join(", ", auditedColumns(table));
        jdbc.sql("insert into " + table + "_aud (rev, revtype, " + columns + ") select ?, ?, " + columns + " from "
                + table + " where " + key + " = any(?)").params(revision, revisionType, ids).update();
    }

    /** Keeps what an import now says of an event (its row changed upstream and the change was applied). */
    public void fingerprint(long eventId, String fingerprint) {
        jdbc.sql("update timeline_event set import_fingerprint = ? where id = ?").params(fingerprint, eventId).update();
    }

    /**
     * An event's key in an export: the ref it was imported with, else "annals:" and its id (what the Annals file and CSV
     * write), so a file exported from a timeline and imported into it again finds the events written here too.
     */
    private static final String REF = "coalesce(external_ref, 'annals:' || id)";
    private static final String WITH_REFS = "(external_ref = any(?) or (external_ref is null "
            + "and (id, slug) in (select * from unnest(?::bigint[], ?::text[]))))";

    /**
     * The events "annals:<id>" refs name, with the slug the file gives them: an id alone means something only in the
     * database it came from, so a file from another instance whose id happens to be taken here is not mistaken for it.
     */
    private record OwnRefs(Long[] ids, String[] slugs) {

        static OwnRefs of(List<ImportedEvent> events) {
            List<ImportedEvent> own = events.stream().filter(e -> e.slug() != null && e.externalRef().matches("annals:[0-9]{1,18}")).toList();
            return new OwnRefs(own.stream().map(e -> Long.valueOf(e.externalRef().substring(7))).toArray(Long[]::new),
                    own.stream().map(ImportedEvent::slug).toArray(String[]::new));
        }
    }

    /**
     * The timeline's events with these refs (an event written here by its "annals:<id>"): id, status and the
     * fingerprint their import kept (null before V0045, and for events written here).
     */
    public List<ImportedRow> imported(long timelineId, List<ImportedEvent> events) {
        OwnRefs own = OwnRefs.of(events);
        return jdbc.sql("select " + REF + ", id, status, import_fingerprint, import_upstream_told from timeline_event "
                + "where timeline_id = ? and " + WITH_REFS).params(timelineId,
                        events.stream().map(ImportedEvent::externalRef).toArray(String[]::new), own.ids(), own.slugs())
                .query((row, n) -> new ImportedRow(row.getString(1), row.getLong(2), EventStatus.valueOf(row.getString(3)),
                        row.getString(4), row.getString(5))).list();
    }

    /** The timeline's events with refs of the prefix that are not among {@code refs}: how many, the first ones. */
    public org.annals.event.EventEditingService.MissingRefs missing(long timelineId, String refPrefix,
            java.util.Collection<String> refs, int listed) {
        List<Map.Entry<String, Integer>> rows = jdbc.sql("""
                select e.external_ref, count(*) over () from timeline_event e
                where e.timeline_id = ? and e.external_ref like ? escape '\\' and e.status <> 'MERGED'
                  and not exists (select 1 from unnest(?::text[]) as f(ref) where f.ref = e.external_ref)
                order by e.external_ref limit ?""")
                .params(timelineId, likePrefix(refPrefix), refs.toArray(String[]::new), listed)
                .query((row, n) -> Map.entry(row.getString(1), row.getInt(2))).list();
        return new org.annals.event.EventEditingService.MissingRefs(rows.isEmpty() ? 0 : rows.getFirst().getValue(),
                rows.stream().map(Map.Entry::getKey).toList());
    }

    /** An imported event: its fingerprint as imported, and the upstream row's fingerprint its editors were last told of. */
    public record ImportedRow(String ref, long id, EventStatus status, @Nullable String fingerprint, @Nullable String told) {
    }

    /** Keeps that the event's editors were told of the upstream row with this fingerprint (so they are told once). */
    public void told(long eventId, String upstreamFingerprint) {
        jdbc.sql("update timeline_event set import_upstream_told = ? where id = ?").params(upstreamFingerprint, eventId).update();
    }

    /** A LIKE pattern for refs that start with {@code prefix}, its own wildcards escaped. */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * For the rows of an import with a place on the map, the events of the timeline from other sources (no ref, or a
     * ref of another data set) that likely describe the same incident: their days overlap with a day's slack either
     * side, their places are within about 0.1° (some ten kilometres), and they name an actor of the row (case aside).
     * Merged and retracted events are left out. Each row's first match, in the rows' order.
     */
    public List<org.annals.event.PossibleDuplicate> likelySame(long timelineId, String refPrefix, List<ImportedEvent> rows) {
        List<ImportedEvent> placed = rows.stream().filter(r -> r.content().place().point() != null && !r.actors().isEmpty()).toList();
        if (placed.isEmpty()) {
            return List.of();
        }
        String[] refs = placed.stream().map(ImportedEvent::externalRef).toArray(String[]::new);
        String[] from = placed.stream().map(r -> r.content().start().earliest().minusDays(1).toString()).toArray(String[]::new);
        String[] to = placed.stream().map(r -> (r.content().end() == null ? r.content().start() : r.content().end())
                .latest().plusDays(1).toString()).toArray(String[]::new);
        Double[] lat = placed.stream().map(r -> r.content().place().point().latitude()).toArray(Double[]::new);
        Double[] lon = placed.stream().map(r -> r.content().place().point().longitude()).toArray(Double[]::new);
        // actors one string per row, names separated by a unit separator (no array of arrays in unnest)
        String[] actors = placed.stream().map(r -> r.actors().stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining("\u001f"))).toArray(String[]::new);
        // the timeline's events from other sources in the rows' days first (a desk's own events are few; a re-import's
        // own data set, the many, is left out before any row is compared), then each row against those
        String first = placed.stream().map(r -> r.content().start().earliest().minusDays(1)).min(java.time.LocalDate::compareTo)
                .orElseThrow().toString();
        String last = placed.stream().map(r -> (r.content().end() == null ? r.content().start() : r.content().end()).latest()
                .plusDays(1)).max(java.time.LocalDate::compareTo).orElseThrow().toString();
        return jdbc.sql("""
                with others as materialized (
                  select e.id, e.slug, e.headline, e.span, e.place_latitude as lat, e.place_longitude as lon
                  from timeline_event e
                  where e.timeline_id = ? and e.span && daterange(?::date, ?::date, '[]') and e.place_latitude is not null
                    and e.status not in ('MERGED', 'RETRACTED')
                    and (e.external_ref is null or e.external_ref not like ? escape '\\'))
                select distinct on (r.n) r.ref, e.id, e.slug, e.headline
                from unnest(?::text[], ?::date[], ?::date[], ?::float8[], ?::float8[], ?::text[]) with ordinality
                  as r(ref, day_from, day_to, lat, lon, actors, n)
                join others e on e.span && daterange(r.day_from, r.day_to, '[]')
                  and e.lat between r.lat - 0.1 and r.lat + 0.1 and e.lon between r.lon - 0.1 and r.lon + 0.1
                where exists (select 1 from event_actor ea join actor a on a.id = ea.actor_id
                              where ea.event_id = e.id and lower(a.name) = any(string_to_array(r.actors, chr(31))))
                order by r.n, e.id""")
                .params(timelineId, first, last, likePrefix(refPrefix), refs, from, to, lat, lon, actors)
                .query((row, n) -> new org.annals.event.PossibleDuplicate(row.getString(1), org.annals.event.EventId.of(row.getLong(2)),
                        row.getString(3), row.getString(4))).list();
    }

    private final Map<String, List<String>> auditedColumns = new java.util.concurrent.ConcurrentHashMap<>();

    /** The columns a table's history keeps besides the revision's own (every one of them is a column of the table). */
    private List<String> auditedColumns(String table) {
        return auditedColumns.computeIfAbsent(table, t -> jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? and column_name not in ('rev', 'revtype')
                order by ordinal_position""").param(t + "_aud").query(String.class).list());
    }

    private record StoredActor(long id, String name, ActorKind kind) {
    }
}
