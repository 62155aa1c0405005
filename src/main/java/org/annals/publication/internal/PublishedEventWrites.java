package org.annals.publication.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.event.ActorLink;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventRelation;
import org.annals.publication.EventItem;
import org.annals.shared.PostgresText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the readers' copy of each published event (table {@code published_event}): the event as published (a JSON
 * document) plus the columns that filters, order and search need, its relations, retractions and the redirects of
 * merged duplicates. Called only by {@link ReadersCopyWriter}, inside the publishing transaction.
 */
@Component
class PublishedEventWrites {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ReaderVersions versions;
    private final PublishedRevisions revisions;

    PublishedEventWrites(JdbcClient jdbc, ObjectMapper json, ReaderVersions versions, PublishedRevisions revisions) {
        this.jdbc = jdbc;
        this.json = json;
        this.versions = versions;
        this.revisions = revisions;
    }

    /** Writes the readers' copy and keeps it as the event's next published revision; returns that revision's number. */
    int publish(long timelineId, EventDetails event, String by, Instant at, long historyRevision) {
        var content = event.content();
        LocalDate spanEnd = content.end() == null ? content.start().latest()
                : (content.end().latest().isAfter(content.start().latest()) ? content.end().latest() : content.start().latest());
        String quotes = event.citations().stream().map(CitationView::quote).filter(q -> q != null)
                .collect(Collectors.joining(" "));
        String actors = event.actors().stream().map(ActorLink::name).collect(Collectors.joining(" "));
        Map<String, Object> p = new HashMap<>();
        p.put("eventId", event.id().value());
        p.put("timelineId", timelineId);
        p.put("slug", event.slug());
        p.put("earliest", content.start().earliest());
        p.put("latest", content.start().latest());
        p.put("spanEnd", spanEnd);
        p.put("types", "{" + content.types().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}");
        p.put("actorNames", PostgresText.textArray(event.actors().stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        p.put("document", json.writeValueAsString(event));
        p.put("item", json.writeValueAsString(EventItem.Stored.of(event)));
        PassThroughTexts texts = PassThroughTexts.of(event, json);
        p.put("windowItem", texts.windowItem());
        p.put("labelEn", texts.labelEn());
        p.put("labelUk", texts.labelUk());
        p.put("listEn", texts.listEn());
        p.put("listUk", texts.listUk());
        p.put("headline", content.headline());
        p.put("summary", content.summary() == null ? "" : content.summary());
        p.put("quotes", quotes);
        p.put("actors", actors);
        p.put("at", Timestamp.from(at));
        p.put("by", by);
        jdbc.sql("""
                insert into published_event (event_id, timeline_id, slug, start_earliest, start_latest, span, types,
                    actor_names, document, item, window_item, label_en, label_uk, list_item_en, list_item_uk, search,
                    retracted, correction_note,
                    published_at, published_by)
                values (:eventId, :timelineId, :slug, :earliest, :latest, daterange(:earliest, :spanEnd, '[]'),
                    cast(:types as text[]), cast(:actorNames as text[]), cast(:document as jsonb), cast(:item as jsonb),
                    :windowItem, :labelEn, :labelUk, :listEn, :listUk,
                    setweight(to_tsvector('english', :headline), 'A') || setweight(to_tsvector('simple', :actors), 'B')
                      || setweight(to_tsvector('english', :summary), 'B') || setweight(to_tsvector('english', :quotes), 'C'),
                    false, null, :at, :by)
                on conflict (event_id) do update set slug = excluded.slug, start_earliest = excluded.start_earliest,
                    start_latest = excluded.start_latest, span = excluded.span, types = excluded.types,
                    actor_names = excluded.actor_names, document = excluded.document, item = excluded.item,
                    window_item = excluded.window_item, label_en = excluded.label_en, label_uk = excluded.label_uk,
                    list_item_en = excluded.list_item_en, list_item_uk = excluded.list_item_uk,
                    search = excluded.search,
                    retracted = false, correction_note = null, published_at = excluded.published_at,
                    published_by = excluded.published_by""").params(p).update();
        // the words readers may search for, for suggestions when a search finds nothing (V0033)
        jdbc.sql("""
                insert into published_word (timeline_id, word)
                select distinct :timelineId, w from regexp_split_to_table(lower(:words), '[^[:alnum:]]+') as w
                where length(w) between 3 and 40
                on conflict do nothing""")
                .param("timelineId", timelineId)
                .param("words", String.join(" ", content.headline(), p.get("summary").toString(), actors,
                        content.place().name() == null ? "" : content.place().name()))
                .update();
        versions.changed(timelineId);
        return revisions.keep(event.id().value(), at, historyRevision);
    }

    /** The relations readers see going out of an event, each as "other event id:kind", to tell whether they changed. */
    java.util.Set<String> publishedRelations(long eventId) {
        return java.util.Set.copyOf(jdbc.sql("select to_event_id || ':' || kind from published_relation where from_event_id = :id")
                .param("id", eventId).query(String.class).list());
    }

    /** Readers' relations of an event are the ones it had when approved. */
    void publishRelations(long eventId, List<EventRelation> outgoing) {
        jdbc.sql("select timeline_id from published_event where event_id = :id").param("id", eventId).query(Long.class)
                .optional().ifPresent(versions::changed);
        jdbc.sql("delete from published_relation where from_event_id = :id").param("id", eventId).update();
        for (EventRelation relation : outgoing) {
            if (relation.kind() != org.annals.event.RelationKind.DUPLICATE_OF) {
                jdbc.sql("insert into published_relation (from_event_id, to_event_id, kind) values (:f, :t, :k)")
                        .param("f", eventId).param("t", relation.otherId().value()).param("k", relation.kind().name()).update();
            }
        }
    }

    void retract(long eventId, String note) {
        jdbc.sql("update published_event set retracted = true, correction_note = :note where event_id = :id")
                .param("note", note).param("id", eventId).update();
        jdbc.sql("select timeline_id from published_event where event_id = :id").param("id", eventId).query(Long.class)
                .optional().ifPresent(versions::changed);
    }

    /** Takes a merged duplicate off every public surface and sends its permalink to the survivor. */
    void redirect(long timelineId, String oldSlug, long duplicateId, long survivorId) {
        jdbc.sql("delete from published_relation where from_event_id = :d or to_event_id = :d").param("d", duplicateId).update();
        jdbc.sql("delete from published_event where event_id = :d").param("d", duplicateId).update();
        // permalinks that led to the duplicate lead on to the survivor
        jdbc.sql("update permalink_redirect set event_id = :s where event_id = :d").param("s", survivorId)
                .param("d", duplicateId).update();
        versions.changed(timelineId);
        jdbc.sql("""
                insert into permalink_redirect (timeline_id, old_slug, event_id) values (:t, :s, :e)
                on conflict (timeline_id, old_slug) do update set event_id = excluded.event_id""")
                .param("t", timelineId).param("s", oldSlug).param("e", survivorId).update();
    }
}
