package org.annals.event.internal;

import org.annals.event.EventId;
import org.annals.timeline.TimelineId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.annals.event.ActorLink;
import org.annals.event.ActorOption;
import org.annals.event.CitationInput;
import org.annals.event.Disagreement;
import org.annals.event.EditorialState;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventLinks;
import org.annals.event.EventRelation;
import org.annals.event.EventStatus;
import org.annals.event.RelationKind;
import org.annals.event.WorkflowAction;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.source.SourceId;
import org.annals.source.SourceService;
import org.annals.source.SourceView;
import org.annals.timeline.TimelineService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Persistence of the event aggregate behind the event services: it turns records into entities and back. It does not
 * check who may do what; the services in {@code org.annals.event} do, and are the only callers.
 */
@Component
public class EventStore {

    private final jakarta.persistence.EntityManager entities;
    private final TimelineEventRepository events;
    private final ActorRepository actors;
    private final SourceService sources;
    private final TimelineService timelines;
    private final EventRelationRepository relations;

    EventStore(TimelineEventRepository events, ActorRepository actors, SourceService sources, TimelineService timelines,
            EventRelationRepository relations, jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.events = events;
        this.actors = actors;
        this.sources = sources;
        this.timelines = timelines;
        this.relations = relations;
    }

    /** Relates two events of the same timeline; relating them the same way twice changes nothing. */
    public void relate(long fromId, RelationKind kind, long toId) {
        TimelineEventEntity from = events.findById(fromId).orElseThrow(() -> new NotFoundException("No event " + fromId));
        TimelineEventEntity to = events.findById(toId).orElseThrow(() -> new NotFoundException("No event " + toId));
        if (fromId == toId) {
            throw new InvalidInputException("relation", "An event cannot be related to itself", "form.refusal.relation.self");
        }
        if (from.getTimelineId() != to.getTimelineId()) {
            throw new InvalidInputException("relation", "Only events of the same timeline can be related", "form.refusal.relation.otherTimeline");
        }
        if (!relations.existsByFromEventIdAndToEventIdAndKind(fromId, toId, kind)) {
            relations.save(new EventRelationEntity(fromId, toId, kind));
        }
    }

    /**
     * Marks the event a relation starts from as edited by {@code author} (its relations changed) and writes it at once,
     * so its new version is known; returns the version it had before.
     */
    public long touch(long eventId, String author, Instant now) {
        TimelineEventEntity event = events.findById(eventId).orElseThrow(() -> new NotFoundException("No event " + eventId));
        long before = event.getVersion();
        event.move(WorkflowAction.EDIT, author, null, now);
        event.touchedBy(author, now);
        save(event);
        return before;
    }

    public void unrelate(long eventId, long relationId) {
        EventRelationEntity relation = relations.findById(relationId)
                .filter(r -> r.getFromEventId() == eventId || r.getToEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Event " + eventId + " has no relation " + relationId));
        relations.delete(relation);
    }

    public long fromEventOf(long relationId) {
        return relations.findById(relationId).map(EventRelationEntity::getFromEventId)
                .orElseThrow(() -> new NotFoundException("No relation " + relationId));
    }

    public List<EventRelation> outgoing(long eventId) {
        return relations(eventId).stream().filter(EventRelation::outgoing).toList();
    }

    public List<EventRelation> relations(long eventId) {
        return relations.findByFromEventIdOrToEventIdOrderById(eventId, eventId).stream().map(r -> {
            boolean outgoing = r.getFromEventId() == eventId;
            TimelineEventEntity other = events.findById(outgoing ? r.getToEventId() : r.getFromEventId()).orElseThrow();
            return new EventRelation(r.getId(), r.getKind(), outgoing, EventId.of(other.getId()), other.getSlug(), other.content().headline());
        }).toList();
    }

    /**
     * Folds a duplicate into the surviving event: the survivor gains the duplicate's actors, citations and
     * disagreements it lacks; the duplicate keeps its row and history, is marked MERGED and points at the survivor.
     */
    public EventDetails merge(long duplicateId, long duplicateVersion, long survivorId, String actor, Instant now) {
        TimelineEventEntity duplicate = current(duplicateId, duplicateVersion);
        TimelineEventEntity survivor = events.findById(survivorId).orElseThrow(() -> new NotFoundException("No event " + survivorId));
        relate(duplicateId, RelationKind.DUPLICATE_OF, survivorId);
        EventDetails from = details(duplicate, "");
        EventDetails into = details(survivor, "");
        long timelineId = survivor.getTimelineId();
        from.actors().stream().filter(a -> !into.actors().contains(a))
                .forEach(a -> survivor.link(actor(timelineId, a), a.role()));
        EventLinks.of(from).citations().stream()
                .filter(c -> into.citations().stream().noneMatch(x -> x.source().url().equals(c.source().url())
                        && java.util.Objects.equals(x.quote(), c.quote())))
                .forEach(c -> survivor.cite(source(timelineId, c), c));
        from.disagreements().stream().filter(d -> !into.disagreements().contains(d)).forEach(survivor::record);
        // what the survivor gains was never reviewed as part of it: it becomes a pending correction (refused for a
        // retracted or merged survivor), and readers keep the survivor's published copy until it is approved
        survivor.move(WorkflowAction.EDIT, actor, null, now);
        duplicate.move(WorkflowAction.MERGE, actor, null, now);
        duplicate.mergeInto(survivorId);
        save(duplicate);
        return details(save(survivor), slugOf(timelineId));
    }

    public EventDetails create(long timelineId, String timelineSlug, @Nullable String preferredSlug,
            @Nullable String externalRef, EventContent content, List<ActorLink> actorLinks,
            List<CitationInput> citations, List<Disagreement> disagreements, EventStatus status, String author,
            Instant now) {
        String slug = preferredSlug != null ? preferredSlug : EventSlugs.from(content.start(), content.headline());
        if (preferredSlug != null && events.existsByTimelineIdAndSlug(timelineId, slug)) {
            throw new InvalidInputException("slug", "The slug " + slug + " is already used in this timeline", "form.refusal.slugTaken", slug);
        }
        slug = unique(timelineId, slug);
        TimelineEventEntity event = new TimelineEventEntity(timelineId, slug, externalRef, content, status, author, now);
        attach(event, timelineId, actorLinks, citations, disagreements);
        EventDetails created = details(save(event), timelineSlug);
        // written and flushed (its history too): the transaction need not keep watching it. An import creates thousands
        // in one transaction, and every query flushes, checking each event still held: 2,000 ACLED rows took 91 s,
        // four and a half times 1,000
        entities.detach(event);
        return created;
    }

    private void attach(TimelineEventEntity event, long timelineId, List<ActorLink> actorLinks,
            List<CitationInput> citations, List<Disagreement> disagreements) {
        for (ActorLink link : actorLinks) {
            event.link(actor(timelineId, link), link.role());
        }
        for (CitationInput citation : citations) {
            event.cite(source(timelineId, citation), citation);
        }
        disagreements.forEach(event::record);
    }

    /** Saves content and replaces the event's actors, citations and disagreements with {@code links}. */
    public EventDetails update(long id, long expectedVersion, EventContent content, EventLinks links, String author,
            Instant now) {
        TimelineEventEntity event = current(id, expectedVersion);
        event.move(WorkflowAction.EDIT, author, null, now);
        event.apply(content, author, now);
        event.clearLinks();
        // the removals must reach the database before equal rows are added again
        save(event);
        attach(event, event.getTimelineId(), links.actors(), links.citations(), links.disagreements());
        return details(save(event), slugOf(event.getTimelineId()));
    }

    public List<ActorOption> actorsOf(long timelineId) {
        return actors.findByTimelineIdOrderByName(timelineId).stream()
                .map(a -> new ActorOption(a.getName(), a.getKind())).toList();
    }

    public Optional<SourceView> sourceOf(long timelineId, String url) {
        return sources.findByUrl(TimelineId.of(timelineId), url);
    }

    /** Saves new content into the working copy; a published event's copy becomes a pending correction. */
    public EventDetails update(long id, long expectedVersion, EventContent content, String author, Instant now) {
        TimelineEventEntity event = current(id, expectedVersion);
        event.move(WorkflowAction.EDIT, author, null, now);
        event.apply(content, author, now);
        return details(save(event), slugOf(event.getTimelineId()));
    }

    public EventDetails move(long id, long expectedVersion, WorkflowAction action, String actor, @Nullable String comment,
            Instant now) {
        TimelineEventEntity event = current(id, expectedVersion);
        event.move(action, actor, comment, now);
        return details(save(event), slugOf(event.getTimelineId()));
    }

    public EditorialState state(long id) {
        TimelineEventEntity event = events.findById(id).orElseThrow(() -> new NotFoundException("No event " + id));
        return new EditorialState(EventId.of(id), event.getVersion(), event.getStatus(), event.getLastEditedBy(),
                event.getSubmittedBy(), event.getReviewComment(), event.hasPublishedVersion());
    }

    /**
     * Records that readers see a published version of an event published before the readers' table existed; the
     * event's version stays, so nobody's open editor turns stale.
     */
    public void markPublished(long id) {
        events.markPublished(id);
    }

    public boolean hasPublishedVersion(long id) {
        return events.findById(id).map(TimelineEventEntity::hasPublishedVersion).orElse(false);
    }

    public List<Long> publishedWithoutReaderCopy() {
        return events.publishedWithoutReaderCopy();
    }

    public Optional<Long> timelineIfAny(long id) {
        return events.findById(id).map(TimelineEventEntity::getTimelineId);
    }

    public long timelineOf(long id) {
        return events.findById(id).map(TimelineEventEntity::getTimelineId)
                .orElseThrow(() -> new NotFoundException("No event " + id));
    }

    /** Saves now; a save that raced another commit is the same conflict as a stale version, and says so. */
    private TimelineEventEntity save(TimelineEventEntity event) {
        try {
            return events.saveAndFlush(event);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new EditConflictException("Someone else saved this event at the same moment; "
                    + "see what they changed, then apply yours on top", "form.refusal.conflict.sameMoment");
        }
    }

    private TimelineEventEntity current(long id, long expectedVersion) {
        TimelineEventEntity event = events.findById(id).orElseThrow(() -> new NotFoundException("No event " + id));
        if (event.getVersion() != expectedVersion) {
            throw new EditConflictException("Someone else saved this event while you had it open; "
                    + "see what they changed, then apply yours on top", "form.refusal.conflict.whileOpen");
        }
        return event;
    }

    public Optional<EventDetails> find(long id) {
        return events.findById(id).map(e -> details(e, slugOf(e.getTimelineId())));
    }

    public boolean hasExternalRef(long timelineId, String externalRef) {
        return events.existsByTimelineIdAndExternalRef(timelineId, externalRef);
    }

    /** The timeline's event imported with this ref, if any. */
    public java.util.Optional<Long> idByExternalRef(long timelineId, String externalRef) {
        var imported = events.findByTimelineIdAndExternalRef(timelineId, externalRef).map(TimelineEventEntity::getId);
        if (imported.isPresent() || !externalRef.matches("annals:[0-9]{1,18}")) {
            return imported;
        }
        // an export's key for an event written here (annals:<id>): that event, when it is this timeline's own
        return events.findById(Long.valueOf(externalRef.substring(7)))
                .filter(e -> e.getTimelineId() == timelineId && e.getExternalRef() == null).map(TimelineEventEntity::getId);
    }

    private String unique(long timelineId, String slug) {
        if (!events.existsByTimelineIdAndSlug(timelineId, slug)) {
            return slug;
        }
        // the numbers taken are read at once: a busy day of an ACLED import has dozens of rows whose slugs begin
        // alike, and trying -2, -3, … one query each made every row cost as many queries as came before it
        String candidate;
        for (int n = events.highestSlugNumber(timelineId, slug) + 1; ; n++) {
            candidate = slug + "-" + n;
            if (!events.existsByTimelineIdAndSlug(timelineId, candidate)) {
                return candidate;
            }
        }
    }

    private ActorEntity actor(long timelineId, ActorLink link) {
        ActorEntity actor = actors.findByTimelineIdAndName(timelineId, link.name())
                .orElseGet(() -> actors.save(new ActorEntity(timelineId, link.name(), link.kind())));
        if (actor.getKind() != link.kind()) {
            throw otherKind(link, actor.getKind());
        }
        return actor;
    }

    /** The refusal of a link naming an actor as another kind than the timeline records it. */
    static InvalidInputException otherKind(ActorLink link, org.annals.event.ActorKind recorded) {
        return new InvalidInputException("actor", "The actor " + link.name() + " is recorded as " + kindLabel(recorded)
                + ", not " + kindLabel(link.kind()), "form.refusal.actorKind", link.name(),
                org.annals.shared.Wording.of(kindLabel(recorded), "form.actorKind." + recorded.name()),
                org.annals.shared.Wording.of(kindLabel(link.kind()), "form.actorKind." + link.kind().name()));
    }

    private SourceId source(long timelineId, CitationInput citation) {
        return sources.cite(TimelineId.of(timelineId), citation.source());
    }

    private static String kindLabel(org.annals.event.ActorKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private String slugOf(long timelineId) {
        return timelines.get(TimelineId.of(timelineId)).slug();
    }

    /** The event as a record, its cited sources described by the source module. */
    private EventDetails details(TimelineEventEntity event, String timelineSlug) {
        return event.toDetails(timelineSlug, sources.describe(event.citedSources()));
    }
}
