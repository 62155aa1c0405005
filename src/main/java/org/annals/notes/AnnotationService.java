package org.annals.notes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.notes.internal.Anchoring;
import org.annals.notes.internal.AnnotationEntity;
import org.annals.notes.internal.AnnotationRepository;
import org.annals.notes.internal.Inboxes;
import org.annals.notes.internal.Mentions;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventId;
import org.annals.history.AuditTrail;
import org.annals.history.ChangeMessage;
import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.MarkdownText;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineId;
import org.annals.timeline.TimelineService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only door to team notes. Anyone on an event's team (annotator and up) reads and writes its notes; only the
 * author edits or deletes a note (softly: the history keeps it); only the timeline's editors make one public.
 * Every change is one transaction and, once committed, a live notice to all instances.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AnnotationService {

    public static final int BODY_MAX = 10_000;

    private final AnnotationRepository notes;
    private final EventEditingService events;
    private final TimelineService timelines;
    private final Inboxes inboxes;
    private final LiveBus live;
    private final AuditTrail trail;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    AnnotationService(AnnotationRepository notes, EventEditingService events, TimelineService timelines,
            Inboxes inboxes, LiveBus live, AuditTrail trail, Clock clock, ApplicationEventPublisher publisher) {
        this.notes = notes;
        this.publisher = publisher;
        this.events = events;
        this.timelines = timelines;
        this.inboxes = inboxes;
        this.live = live;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Starts a thread on the event, one of its fields or a passage. A passage must be in the event's text now.
     *
     * @throws InvalidInputException for an empty or oversized note, unsafe HTML, a passage or citation that is not
     *         in the event, or a mention of someone outside the timeline's team
     */
    @Transactional
    @PreAuthorize("isAuthenticated() and @eventAccess.isMember(#eventId)")
    public NoteThread annotate(EventId eventId, Anchor anchor, String body) {
        String text = body(body);
        EventDetails event = events.forTeam(eventId);
        TimelineId timelineId = event.timelineId();
        Anchor located = locate(event, anchor);
        Set<String> mentions = mentions(timelineId, text);
        String me = CurrentUser.name();
        ChangeMessage.forCurrentTransaction("Annotated " + located.target().label());
        AnnotationEntity note = notes.save(new AnnotationEntity(eventId.value(), timelineId.value(), null, me, text, located, mentions,
                clock.instant()));
        tellMentioned(note, mentions, Set.of());
        announce(new NotePosted(note.getId(), note.getId(), eventId, timelineId, me, mentions));
        return new NoteThread(note.toNote(false), List.of());
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#threadId)")
    public Note reply(long threadId, String body) {
        String text = body(body);
        AnnotationEntity thread = root(threadId);
        if (thread.isDeleted()) {
            throw new InvalidInputException("note", "This note was deleted; start a new one", "notes.refusal.deletedReply");
        }
        Set<String> mentions = mentions(TimelineId.of(thread.getTimelineId()), text);
        String me = CurrentUser.name();
        ChangeMessage.forCurrentTransaction("Replied to note " + threadId);
        AnnotationEntity reply = notes.save(new AnnotationEntity(thread.getEventId(), thread.getTimelineId(), threadId,
                me, text, Anchor.EVENT, mentions, clock.instant()));
        tellMentioned(reply, mentions, Set.of());
        if (!thread.getAuthor().equals(me) && !mentions.contains(thread.getAuthor())) {
            inboxes.add(thread.getAuthor(), InboxKind.REPLY, thread.getTimelineId(), thread.getEventId(), reply.getId(),
                    me, excerpt(text));
        }
        announce(new NotePosted(reply.getId(), threadId, EventId.of(reply.getEventId()),
                TimelineId.of(reply.getTimelineId()), me, mentions));
        return reply.toNote(false);
    }

    /** Changes one's own note; people newly mentioned hear about it. */
    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#noteId)")
    public Note edit(long noteId, long expectedVersion, String body) {
        String text = body(body);
        AnnotationEntity note = own(noteId);
        if (note.getVisibility() != NoteVisibility.TEAM) {
            // readers' text changes through review only: back to team-only, edit, then propose it again
            throw new InvalidInputException("note", "This is an editor's note readers see or will see: make it "
                    + "team-only first, then edit it and publish it again", "notes.refusal.publicNoteEdit");
        }
        if (note.toNote(false).version() != expectedVersion) {
            throw new org.annals.shared.EditConflictException("This note changed since you opened it; reload it first", "notes.refusal.changed");
        }
        Set<String> before = note.getMentions();
        Set<String> mentions = mentions(TimelineId.of(note.getTimelineId()), text);
        ChangeMessage.forCurrentTransaction("Edited note " + noteId);
        note.edit(text, mentions, clock.instant());
        notes.saveAndFlush(note);
        tellMentioned(note, mentions, before);
        Set<String> newlyMentioned = new java.util.TreeSet<>(mentions);
        newlyMentioned.removeAll(before);
        announce(new NoteEdited(note.getId(), threadOf(note), EventId.of(note.getEventId()),
                TimelineId.of(note.getTimelineId()), CurrentUser.name(), newlyMentioned));
        return note.toNote(false);
    }

    /** Deletes one's own note: it leaves the thread, its text stays in the history. */
    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#noteId)")
    public void delete(long noteId) {
        AnnotationEntity note = own(noteId);
        ChangeMessage.forCurrentTransaction("Deleted note " + noteId);
        note.delete(clock.instant());
        notes.saveAndFlush(note);
        announce(new NoteDeleted(note.getId(), threadOf(note), EventId.of(note.getEventId()),
                TimelineId.of(note.getTimelineId()), CurrentUser.name()));
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#threadId)")
    public Note resolve(long threadId) {
        return resolve(threadId, true);
    }

    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#threadId)")
    public Note reopen(long threadId) {
        return resolve(threadId, false);
    }

    /**
     * Makes a thread's note an editor's note readers see on the event page, or team-only again. Public text goes
     * through review like an event's: on a timeline with the four-eyes rule the note is only proposed, and a reviewer
     * other than this editor publishes it ({@link #approveEditorsNote}); without the rule it is public at once. Either
     * way the public corrections log records a note readers start or stop seeing.
     */
    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.mayPublish(#threadId)")
    public Note publish(long threadId, boolean visibleToReaders) {
        AnnotationEntity thread = root(threadId);
        if (thread.isDeleted()) {
            throw new InvalidInputException("note", "A deleted note cannot be published", "notes.refusal.deletedPublish");
        }
        NoteVisibility before = thread.getVisibility();
        NoteVisibility after = !visibleToReaders ? NoteVisibility.TEAM
                : before == NoteVisibility.PUBLIC ? NoteVisibility.PUBLIC
                : timelines.get(TimelineId.of(thread.getTimelineId())).fourEyes() ? NoteVisibility.PROPOSED : NoteVisibility.PUBLIC;
        if (after == before) {
            return thread.toNote(false);
        }
        ChangeMessage.forCurrentTransaction(switch (after) {
            case PROPOSED -> "Proposed note " + threadId + " as an editor's note";
            case PUBLIC -> "Published note " + threadId + " as an editor's note";
            case TEAM -> "Made note " + threadId + " team-only";
        });
        return show(thread, before, after);
    }

    /** A reviewer publishes an editor's note proposed by someone else (the four-eyes rule, as for events). */
    @Transactional
    @PreAuthorize("isAuthenticated() and @noteAccess.mayReview(#threadId)")
    public Note approveEditorsNote(long threadId) {
        AnnotationEntity thread = root(threadId);
        Note note = thread.toNote(false);
        if (note.visibility() != NoteVisibility.PROPOSED || thread.isDeleted()) {
            throw new org.annals.event.WorkflowViolationException("This note is not waiting to be published", "notes.refusal.notProposed");
        }
        if (CurrentUser.name().equals(note.visibilityBy())) {
            throw new org.annals.event.WorkflowViolationException(
                    "Four-eyes rule: a reviewer other than the editor who proposed this note publishes it", "notes.refusal.fourEyes");
        }
        ChangeMessage.forCurrentTransaction("Approved note " + threadId + " as an editor's note");
        return show(thread, NoteVisibility.PROPOSED, NoteVisibility.PUBLIC);
    }

    private Note show(AnnotationEntity thread, NoteVisibility before, NoteVisibility after) {
        String me = CurrentUser.name();
        java.time.Instant now = clock.instant();
        thread.show(after, me, now);
        notes.saveAndFlush(thread);
        if ((before == NoteVisibility.PUBLIC) != (after == NoteVisibility.PUBLIC)) {
            publisher.publishEvent(new org.annals.publication.spi.EditorsNoteShown(EventId.of(thread.getEventId()),
                    TimelineId.of(thread.getTimelineId()), thread.getId(),
                    org.jsoup.Jsoup.parse(MarkdownText.toSafeHtml(thread.getBody())).text(), after == NoteVisibility.PUBLIC, me, now));
        }
        announce(new NoteVisibilityChanged(thread.getId(), thread.getId(), EventId.of(thread.getEventId()),
                TimelineId.of(thread.getTimelineId()), me, after == NoteVisibility.PUBLIC));
        return thread.toNote(false);
    }

    /** The event's threads, oldest first, each note flagged orphaned when its passage or citation is gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @eventAccess.isMember(#eventId)")
    public List<NoteThread> threads(EventId eventId) {
        EventDetails event = events.forTeam(eventId);
        Map<Long, AnnotationEntity> roots = new LinkedHashMap<>();
        Map<Long, List<Note>> replies = new HashMap<>();
        for (AnnotationEntity note : notes.findByEventIdOrderByIdAsc(eventId.value())) {
            if (note.getThreadId() == null) {
                roots.put(note.getId(), note);
            } else {
                replies.computeIfAbsent(note.getThreadId(), k -> new ArrayList<>()).add(note.toNote(false));
            }
        }
        return roots.values().stream()
                .map(root -> new NoteThread(root.toNote(orphaned(event, root.anchor())), replies.getOrDefault(root.getId(), List.of())))
                .toList();
    }

    /**
     * One thread with its replies, as {@link #threads} shows it: what a live update carries, read once per instance
     * and notice (see {@link ThreadFeed}) or by the person who just changed it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#threadId)")
    public NoteThread thread(long threadId) {
        AnnotationEntity root = root(threadId);
        // only passages and citations can be orphaned: the event is read just for them
        AnchorTarget target = root.anchor().target();
        boolean orphaned = (target == AnchorTarget.SUMMARY || target == AnchorTarget.CITATION)
                && orphaned(events.forTeam(EventId.of(root.getEventId())), root.anchor());
        List<Note> replies = notes.findByThreadIdOrderByIdAsc(threadId).stream().map(n -> n.toNote(false)).toList();
        return new NoteThread(root.toNote(orphaned), replies);
    }

    /** Open threads per event, for a grid's page of events (events without any are left out). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @timelineAccess.isMember(#timelineSlug)")
    public Map<Long, Integer> openThreadCounts(String timelineSlug, Collection<Long> eventIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!eventIds.isEmpty()) {
            notes.openThreadCounts(timelineId(timelineSlug).value(), eventIds)
                    .forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        }
        return counts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @timelineAccess.isMember(#timelineSlug)")
    public Set<Long> eventsWithOpenThreads(String timelineSlug) {
        return new TreeSet<>(notes.eventsWithOpenThreads(timelineId(timelineSlug).value()));
    }

    /** The people who may be mentioned on the event's timeline. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @eventAccess.isMember(#eventId)")
    public Set<String> team(EventId eventId) {
        return timelines.team(events.forTeam(eventId).timelineId());
    }

    /** Every version of a note, newest first, deleted ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated() and @noteAccess.isMember(#noteId)")
    public List<NoteRevision> history(long noteId) {
        return trail.revisionsOf(AnnotationEntity.class, noteId).stream().map(revision -> {
            AnnotationEntity note = revision.state();
            return new NoteRevision(revision.entry().revision(), revision.entry().author(), revision.entry().at(),
                    note.getBody(), note.isDeleted(), note.isResolved(), note.getVisibility(), revision.entry().message());
        }).toList();
    }

    private Note resolve(long threadId, boolean resolved) {
        AnnotationEntity thread = root(threadId);
        if (thread.isDeleted()) {
            throw new InvalidInputException("note", "This note was deleted", "notes.refusal.deleted");
        }
        ChangeMessage.forCurrentTransaction((resolved ? "Resolved" : "Reopened") + " note " + threadId);
        thread.resolve(resolved, CurrentUser.name(), clock.instant());
        notes.saveAndFlush(thread);
        announce(new ThreadResolved(threadId, threadId, EventId.of(thread.getEventId()),
                TimelineId.of(thread.getTimelineId()), CurrentUser.name(), resolved));
        return thread.toNote(false);
    }

    private static String body(String body) {
        String text = MarkdownText.validate("note", body, BODY_MAX);
        if (text == null) {
            throw new InvalidInputException("note", "Write something first: the note is empty", "notes.refusal.empty");
        }
        return text;
    }

    private Anchor locate(EventDetails event, Anchor anchor) {
        return switch (anchor.target()) {
            case EVENT, DATE, PLACE -> anchor;
            case SUMMARY -> new Anchor(anchor.target(), null, Anchoring.locate(event.content().summary(), anchor.quote())
                    .orElseThrow(() -> new InvalidInputException("quote", "The summary does not contain \""
                            + shorten(anchor.quote().exact()) + "\"; select a passage of the current text",
                            "notes.refusal.notInSummary", shorten(anchor.quote().exact()))));
            case CITATION -> {
                CitationView citation = citation(event, anchor.citationUrl()).orElseThrow(() -> new InvalidInputException(
                        "anchor", "The event has no citation of " + anchor.citationUrl(), "notes.refusal.noCitation",
                        anchor.citationUrl()));
                if (anchor.quote() == null) {
                    yield anchor;
                }
                yield new Anchor(anchor.target(), anchor.citationUrl(), Anchoring.locate(citation.quote(), anchor.quote())
                        .orElseThrow(() -> new InvalidInputException("quote", "The quote of that citation does not contain \""
                                + shorten(anchor.quote().exact()) + "\"", "notes.refusal.notInQuote",
                                shorten(anchor.quote().exact()))));
            }
        };
    }

    private static boolean orphaned(EventDetails event, Anchor anchor) {
        return switch (anchor.target()) {
            case EVENT, DATE, PLACE -> false;
            case SUMMARY -> !Anchoring.stillThere(event.content().summary(), anchor.quote());
            case CITATION -> citation(event, anchor.citationUrl())
                    .map(c -> anchor.quote() != null && !Anchoring.stillThere(c.quote(), anchor.quote()))
                    .orElse(true);
        };
    }

    private static Optional<CitationView> citation(EventDetails event, String url) {
        return event.citations().stream().filter(c -> c.source().url().equals(url)).findFirst();
    }

    /** The mentioned names, each checked against the timeline's team. */
    private Set<String> mentions(TimelineId timelineId, String text) {
        Set<String> mentioned = Mentions.in(text);
        if (mentioned.isEmpty()) {
            return mentioned;
        }
        Set<String> team = timelines.team(timelineId);
        List<String> outside = mentioned.stream().filter(name -> !team.contains(name)).toList();
        if (!outside.isEmpty()) {
            throw new InvalidInputException("note", "Only members of this timeline's team can be mentioned; not "
                    + String.join(", ", outside.stream().map(n -> "@" + n).toList()), "notes.refusal.mentionOutside", String.join(", ", outside.stream().map(n -> "@" + n).toList()));
        }
        return mentioned;
    }

    private void tellMentioned(AnnotationEntity note, Set<String> mentions, Set<String> alreadyTold) {
        String me = CurrentUser.name();
        for (String name : mentions) {
            if (!name.equals(me) && !alreadyTold.contains(name)) {
                inboxes.add(name, InboxKind.MENTION, note.getTimelineId(), note.getEventId(), note.getId(), me,
                        excerpt(note.getBody()));
            }
        }
    }

    /** Tells this transaction's listeners what changed, and every instance's open views once it commits. */
    private void announce(NoteChange change) {
        publisher.publishEvent(change);
        live.announce(new LiveNotice(AnnotationNotices.NOTE, change.timelineId().value(), change.eventId().value(),
                change.user(), Long.toString(change.threadId())));
    }

    private static long threadOf(AnnotationEntity note) {
        return note.getThreadId() == null ? note.getId() : note.getThreadId();
    }

    private AnnotationEntity root(long threadId) {
        AnnotationEntity note = notes.findById(threadId).orElseThrow(() -> new NotFoundException("No note " + threadId));
        if (note.getThreadId() != null) {
            throw new InvalidInputException("note", "Note " + threadId + " is a reply; act on the note it answers", "notes.refusal.reply", threadId);
        }
        return note;
    }

    private AnnotationEntity own(long noteId) {
        AnnotationEntity note = notes.findById(noteId).orElseThrow(() -> new NotFoundException("No note " + noteId));
        if (!note.getAuthor().equals(CurrentUser.name())) {
            throw new AccessDeniedException("Only its author can change or delete a note");
        }
        if (note.isDeleted()) {
            throw new InvalidInputException("note", "This note was deleted", "notes.refusal.deleted");
        }
        return note;
    }

    private TimelineId timelineId(String slug) {
        return timelines.find(slug).orElseThrow(() -> new NotFoundException("No timeline " + slug)).id();
    }

    private static String excerpt(String text) {
        return shorten(text.replaceAll("\\s+", " "));
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 119) + "…" : text;
    }
}
