package org.annals.event;

import org.annals.timeline.TimelineId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.annals.event.internal.EventAnnouncer;
import org.annals.event.internal.EventQueries;
import org.annals.event.internal.EventStore;
import org.annals.history.ChangeMessage;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.source.SourceView;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' door to events: write drafts, change them, find them. Published events change only through review
 * (a separate workflow); imports of already reviewed data are for administrators.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class EventEditingService {

    private final EventStore store;
    private final EventQueries queries;
    private final TimelineService timelines;
    private final Clock clock;
    private final EventAnnouncer changes;
    private final org.annals.event.internal.EventBulkWriter bulk;
    private final org.annals.event.internal.ChangedUpstream changedUpstream;

    EventEditingService(EventStore store, EventQueries queries, TimelineService timelines, Clock clock,
            EventAnnouncer changes, org.annals.event.internal.EventBulkWriter bulk,
            org.annals.event.internal.ChangedUpstream changedUpstream) {
        this.changedUpstream = changedUpstream;
        this.changes = changes;
        this.bulk = bulk;
        this.store = store;
        this.queries = queries;
        this.timelines = timelines;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @timelineAccess.may(#timelineSlug, 'EDITOR')")
    public EventDetails createDraft(String timelineSlug, EventContent content) {
        return createDraft(timelineSlug, content, EventLinks.NONE);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @timelineAccess.may(#timelineSlug, 'EDITOR')")
    public EventDetails createDraft(String timelineSlug, EventContent content, EventLinks links) {
        TimelineSummary timeline = timeline(timelineSlug);
        return store.create(timeline.id().value(), timeline.slug(), null, null, content, links.actors(), links.citations(),
                links.disagreements(), EventStatus.DRAFT, CurrentUser.name(), clock.instant());
    }

    /** Saves content and replaces actors, citations and disagreements in one revision. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails update(EventId eventId, long expectedVersion, EventContent content, EventLinks links) {
        String user = CurrentUser.name();
        return changes.saved(store.update(eventId.value(), expectedVersion, content, links, user,
                clock.instant()), store.timelineOf(eventId.value()), user);
    }

    /** Relates this event to another of its timeline ("is part of", "follows"…); duplicates are merged instead. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public RelationsUpdate relate(EventId eventId, RelationKind kind, EventId otherEventId) {
        if (kind == RelationKind.DUPLICATE_OF) {
            throw new InvalidInputException("relation", "A duplicate is merged into the other event by a reviewer", "form.refusal.relation.duplicate");
        }
        ChangeMessage.forCurrentTransaction("Related: " + kind.label(true) + " event " + otherEventId);
        store.relate(eventId.value(), kind, otherEventId.value());
        // a relation is part of the event it starts from: readers see it once that event is approved again
        return relationsChanged(eventId, eventId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public RelationsUpdate unrelate(EventId eventId, long relationId) {
        ChangeMessage.forCurrentTransaction("Removed a relation");
        long from = store.fromEventOf(relationId);
        store.unrelate(eventId.value(), relationId);
        return relationsChanged(EventId.of(from), eventId);
    }

    /**
     * The event a relation starts from ({@code changed}) gets a new version, and says so (live notice, annotators'
     * inboxes); the answer lists the relations of the event the editor has open ({@code shown}).
     */
    private RelationsUpdate relationsChanged(EventId changed, EventId shown) {
        String user = CurrentUser.name();
        long before = store.touch(changed.value(), user, clock.instant());
        long after = store.state(changed.value()).version();
        // the version only, from the entity this transaction holds: no need to describe the whole event again
        changes.announce(new EventRelationsChanged(changed, TimelineId.of(store.timelineOf(changed.value())), user), after);
        return new RelationsUpdate(store.relations(shown.value()), changed, before, after);
    }

    /** Relations in both directions, as the team sees them (whatever the other event's status). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public List<EventRelation> relations(EventId eventId) {
        return store.relations(eventId.value());
    }

    /** The actors already known on the timeline, for linking (a new name creates a new actor). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<ActorOption> actors(String timelineSlug) {
        return store.actorsOf(timeline(timelineSlug).id().value());
    }

    /** The source with this URL if the timeline already cites it, so an editor reuses it instead of retyping it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public Optional<SourceView> source(String timelineSlug, String url) {
        return store.sourceOf(timeline(timelineSlug).id().value(), url);
    }

    /**
     * Saves the working copy. For a published event this starts a pending correction: readers keep the published
     * version until a reviewer approves the change.
     *
     * @throws org.annals.shared.EditConflictException when someone saved since {@code expectedVersion}
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @eventAccess.may(#eventId, 'EDITOR')")
    public EventDetails update(EventId eventId, long expectedVersion, EventContent content) {
        String user = CurrentUser.name();
        return changes.saved(store.update(eventId.value(), expectedVersion, content, user,
                clock.instant()), store.timelineOf(eventId.value()), user);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public EditorialState state(EventId eventId) {
        return store.state(eventId.value());
    }

    /**
     * The working copy for anyone on the event's team, annotators included: they read what they annotate (drafts
     * too), but only through this method and the annotation module, not the editors' screens.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @eventAccess.isMember(#eventId)")
    public EventDetails forTeam(EventId eventId) {
        return get(eventId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @eventAccess.isMember(#eventId)")
    public EventDetails get(EventId eventId) {
        return store.find(eventId.value()).orElseThrow(() -> new NotFoundException("No event " + eventId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<EventRow> rows(String timelineSlug, EventFilter filter, EventSort sort, int offset, int limit) {
        return queries.rows(timeline(timelineSlug).id().value(), filter, sort, offset, limit);
    }

    /**
     * The timeline's events, newest change first, for anyone on its team, annotators included: the list they pick
     * events to annotate from (they open them only through {@link #forTeam} and the notes page, not the editor).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @timelineAccess.isMember(#timelineSlug)")
    public List<EventRow> rowsForTeam(String timelineSlug, int offset, int limit) {
        return queries.rows(timeline(timelineSlug).id().value(), EventFilter.ALL, EventSort.UPDATED_DESC, offset, limit);
    }

    /** {@link #rows} restricted to some events (e.g. those with open threads, as another module tells). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<EventRow> rowsAmong(String timelineSlug, EventFilter filter, java.util.Collection<Long> onlyIds,
            EventSort sort, int offset, int limit) {
        return queries.rows(timeline(timelineSlug).id().value(), filter, onlyIds, sort, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public int countAmong(String timelineSlug, EventFilter filter, java.util.Collection<Long> onlyIds) {
        return queries.count(timeline(timelineSlug).id().value(), filter, onlyIds);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<EventRow> worklist(String timelineSlug, WorkItem item, int limit) {
        return queries.worklist(timeline(timelineSlug).id().value(), item, CurrentUser.name(), Math.max(1, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public int count(String timelineSlug, EventFilter filter) {
        return queries.count(timeline(timelineSlug).id().value(), filter);
    }

    /**
     * The events the filter lists that are in {@code status} (none when the filter's statuses leave it out), in date
     * order, at most {@code limit}: what a bulk review job takes, chosen once when it starts.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<EventId> ids(String timelineSlug, EventFilter filter, EventStatus status, int limit) {
        if (!filter.statuses().isEmpty() && !filter.statuses().contains(status)) {
            return List.of();
        }
        return queries.ids(timeline(timelineSlug).id().value(), filter.inStatus(status), Math.max(0, limit)).stream()
                .map(EventId::of).toList();
    }

    /** The timeline's sources (issue 17): those whose address, publisher or title holds the words, most cited first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<CitedSource> citedSources(String timelineSlug, String search, int limit) {
        if (search.length() > 200 || org.annals.shared.PlainText.hasControlCharacters(search)) {
            throw new InvalidInputException("search", "Search for at most 200 characters of plain text", "form.refusal.sourceSearch");
        }
        return queries.citedSources(timeline(timelineSlug).id().value(), search, Math.max(1, Math.min(limit, 1000)));
    }

    /** The events of the timeline that cite the source. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<CitingEvent> citingEvents(String timelineSlug, long sourceId) {
        return queries.citingEvents(timeline(timelineSlug).id().value(), sourceId);
    }

    /** Adds an event from an import file unless one with its ref is there already; empty when it was. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<EventDetails> importEvent(String timelineSlug, ImportedEvent imported) {
        TimelineSummary timeline = timeline(timelineSlug);
        Optional<EventDetails> created = create(timeline, imported);
        created.ifPresent(event -> announceIfPublished(timeline, event));
        return created;
    }

    /**
     * Adds the events of an import file that are not there yet (by ref), then the relations they state to one another
     * (by ref, in this file or imported before), then makes the published ones public with their relations; how many
     * were added. Events already there keep their relations as they are.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int importEvents(String timelineSlug, List<ImportedEvent> imported) {
        return importEvents(timelineSlug, chunk -> {
            for (int from = 0; from < imported.size(); from += IMPORT_CHUNK) {
                chunk.accept(imported.subList(from, Math.min(imported.size(), from + IMPORT_CHUNK)));
            }
        }).added();
    }

    /** How many imported events are written at a time: big enough for COPY to pay, small enough to hold at once. */
    public static final int IMPORT_CHUNK = 2_000;

    /**
     * How each event of an import stands against the timeline: new, unchanged, changed upstream (and untouched here),
     * or changed upstream and edited here too (or retracted, merged). By ref.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Map<String, UpstreamState> compareWithImported(String timelineSlug, List<ImportedEvent> imported) {
        java.util.Map<String, org.annals.event.internal.EventBulkWriter.ImportedRow> there = importedRows(timelineSlug, imported);
        java.util.Map<String, UpstreamState> states = new java.util.LinkedHashMap<>();
        for (ImportedEvent event : imported) {
            var row = there.get(event.externalRef());
            states.put(event.externalRef(), row == null ? UpstreamState.NEW : upstreamState(row, ImportFingerprint.of(event)));
        }
        return states;
    }

    /** Whether each event of an import is new to the timeline or there already (UNCHANGED), by ref, whatever it says. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Map<String, UpstreamState> presentOrNew(String timelineSlug, List<ImportedEvent> imported) {
        java.util.Map<String, org.annals.event.internal.EventBulkWriter.ImportedRow> there = importedRows(timelineSlug, imported);
        java.util.Map<String, UpstreamState> states = new java.util.LinkedHashMap<>();
        imported.forEach(event -> states.put(event.externalRef(),
                there.containsKey(event.externalRef()) ? UpstreamState.UNCHANGED : UpstreamState.NEW));
        return states;
    }

    private java.util.Map<String, org.annals.event.internal.EventBulkWriter.ImportedRow> importedRows(String timelineSlug,
            List<ImportedEvent> imported) {
        java.util.Map<String, org.annals.event.internal.EventBulkWriter.ImportedRow> there = new java.util.HashMap<>();
        bulk.imported(timeline(timelineSlug).id().value(), imported)
                .forEach(row -> there.put(row.ref(), row));
        return there;
    }

    private UpstreamState upstreamState(org.annals.event.internal.EventBulkWriter.ImportedRow row, String fingerprint) {
        if (row.fingerprint() == null || row.fingerprint().equals(fingerprint)) {
            return UpstreamState.UNCHANGED;
        }
        boolean untouched = row.status() != EventStatus.RETRACTED && row.status() != EventStatus.MERGED
                && store.find(row.id()).map(ImportFingerprint::of).filter(row.fingerprint()::equals).isPresent();
        return untouched ? UpstreamState.CHANGED : UpstreamState.CHANGED_EDITED_HERE;
    }

    /**
     * Applies the rows of an import that changed upstream to events editors have not changed since: a draft is
     * updated, a published event gets a pending correction (reviewed like any change). Events edited here are left as
     * they are, and the editors who changed them are told what the row now says differently
     * ({@link ImportedRowChanged}; retracted and merged events are left without a word). How many were updated and how
     * many left.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UpstreamChanges applyUpstreamChanges(String timelineSlug, List<ImportedEvent> imported) {
        java.util.Map<String, org.annals.event.internal.EventBulkWriter.ImportedRow> there = importedRows(timelineSlug, imported);
        long timelineId = timeline(timelineSlug).id().value();
        String user = CurrentUser.name();
        int updated = 0;
        int kept = 0;
        int told = 0;
        for (ImportedEvent event : imported) {
            var row = there.get(event.externalRef());
            String upstream = ImportFingerprint.of(event); // a hash of the whole row: worked out once per row
            UpstreamState state = row == null ? UpstreamState.NEW : upstreamState(row, upstream);
            if (state == UpstreamState.CHANGED_EDITED_HERE) {
                kept++;
                // told once per change upstream (not at every re-import of the same file), at most TOLD_PER_CHUNK a
                // chunk: reading histories is slow, and those left are told at the next import
                if (row.status() != EventStatus.RETRACTED && row.status() != EventStatus.MERGED
                        && !upstream.equals(row.told()) && told < TOLD_PER_CHUNK) {
                    told++;
                    EventDetails current = store.find(row.id()).orElseThrow();
                    changedUpstream.of(current, java.util.Objects.requireNonNull(row.fingerprint()), event, user)
                            .ifPresent(changes::rowChangedUpstream);
                    bulk.told(row.id(), upstream);
                }
            } else if (state == UpstreamState.CHANGED) {
                EventDetails current = store.find(row.id()).orElseThrow();
                changes.saved(store.update(row.id(), current.version(), event.content(), new EventLinks(event.actors(),
                        event.citations(), event.disagreements()), user, clock.instant()), timelineId, user);
                bulk.fingerprint(row.id(), upstream);
                updated++;
            }
        }
        return new UpstreamChanges(updated, kept);
    }

    /**
     * The timeline's events imported from a data set ({@code refPrefix}, as "acled:") whose refs a new file of it does
     * not have: how many, and the first {@code listed} of their refs. Merged events are not counted.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public MissingRefs missingFromImport(String timelineSlug, String refPrefix, java.util.Collection<String> refs, int listed) {
        return bulk.missing(timeline(timelineSlug).id().value(), refPrefix, refs, listed);
    }

    /**
     * The rows of an import (of the data set {@code refPrefix}, as "acled:") that likely describe an event the timeline
     * has from another source ({@link PossibleDuplicate}), each with its first match.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PossibleDuplicate> possibleDuplicates(String timelineSlug, String refPrefix, List<ImportedEvent> rows) {
        return bulk.likelySame(timeline(timelineSlug).id().value(), refPrefix, rows);
    }

    /** How many imported events a file no longer has, and the first of their refs. */
    public record MissingRefs(int count, List<String> first) {
    }

    /** How many editors' events of one chunk of an import are looked into to tell their editors of a change upstream. */
    private static final int TOLD_PER_CHUNK = 100;

    /** What applying an import's upstream changes did: events updated, events left as editors have them. */
    public record UpstreamChanges(int updated, int kept) {
    }

    /**
     * Adds imported events as {@link #importEvents(String, List)} does, taking them a chunk at a time as the file is
     * read (so a file of any size is never held whole), all in one transaction: the events in one revision of the
     * history (new sources and relations, written by Hibernate, in Envers' own revision of it, with the same message).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportedBatch importEvents(String timelineSlug, ImportedEventChunks imported) {
        TimelineSummary timeline = timeline(timelineSlug);
        org.annals.event.internal.EventBulkWriter.Batch batch = bulk.open(timeline.id().value(), clock.instant());
        java.util.Map<Long, List<ImportedRelation>> relating = new java.util.LinkedHashMap<>();
        List<Long> published = new java.util.ArrayList<>();
        int[] added = {0};
        imported.forEachChunk(chunk -> {
            java.util.Map<String, Long> created = batch.add(chunk);
            added[0] += created.size();
            for (ImportedEvent event : chunk) {
                Long id = created.get(event.externalRef());
                if (id != null && !event.relations().isEmpty()) {
                    relating.put(id, event.relations());
                }
                if (id != null && event.status() == EventStatus.PUBLISHED) {
                    published.add(id);
                }
            }
        });
        relating.forEach((from, relations) -> {
            for (ImportedRelation relation : relations) {
                long to = store.idByExternalRef(timeline.id().value(), relation.ref()).orElseThrow(() -> new InvalidInputException(
                        "relations", "No event with ref " + relation.ref() + " to relate to", "import.refusal.relationTarget", relation.ref()));
                store.relate(from, relation.kind(), to);
            }
        });
        published.forEach(id -> announceIfPublished(timeline, store.find(id).orElseThrow()));
        return new ImportedBatch(added[0], batch.revision());
    }

    /** What an import added: how many events, and the revision they were added in (how the import is undone). */
    public record ImportedBatch(int added, long revision) {
    }

    /**
     * Undoes an import: removes the events it added, while every one of them is still a draft as it was imported
     * (else refused, nothing removed); how many were removed. One revision of the history, with the removed rows.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int undoImport(String timelineSlug, long importRevision) {
        return bulk.removeImported(timeline(timelineSlug).id().value(), importRevision, clock.instant());
    }

    private Optional<EventDetails> create(TimelineSummary timeline, ImportedEvent imported) {
        if (store.hasExternalRef(timeline.id().value(), imported.externalRef())) {
            return Optional.empty();
        }
        return Optional.of(store.create(timeline.id().value(), timeline.slug(), imported.slug(), imported.externalRef(),
                imported.content(), imported.actors(), imported.citations(), imported.disagreements(),
                imported.status(), CurrentUser.name(), clock.instant()));
    }

    private void announceIfPublished(TimelineSummary timeline, EventDetails created) {
        if (created.status() == EventStatus.PUBLISHED) {
            changes.publish(new EventPublished(created, TimelineId.of(timeline.id().value()), store.outgoing(created.id().value()), CurrentUser.name(),
                    clock.instant(), null, false));
        }
    }

    private TimelineSummary timeline(String slug) {
        return timelines.find(slug).orElseThrow(() -> new NotFoundException("No timeline " + slug));
    }
}
