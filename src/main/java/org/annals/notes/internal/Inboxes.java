package org.annals.notes.internal;

import java.time.Clock;
import java.util.List;
import org.annals.notes.AnnotationNotices;
import org.annals.notes.InboxKind;
import org.annals.event.CorrectionDiscarded;
import org.annals.event.EventApproved;
import org.annals.event.EventChange;
import org.annals.event.EventRetracted;
import org.annals.event.EventReturned;
import org.annals.event.EventRelationsChanged;
import org.annals.event.EventSaved;
import org.annals.event.EventSubmitted;
import org.annals.event.EventsMerged;
import org.annals.event.ImportedRowChanged;
import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.annals.event.EventEditingService;
import org.annals.event.EventId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes inbox entries in the transaction of the change that causes them, and tells the owner's screens (on any
 * instance) once it commits.
 */
@Component
public class Inboxes {

    private final InboxRepository inbox;
    private final AnnotationRepository notes;
    private final LiveBus live;
    private final Clock clock;
    private final EventEditingService events;

    Inboxes(InboxRepository inbox, AnnotationRepository notes, LiveBus live, Clock clock, EventEditingService events) {
        this.events = events;
        this.inbox = inbox;
        this.notes = notes;
        this.live = live;
        this.clock = clock;
    }

    public void add(String username, InboxKind kind, long timelineId, long eventId, @Nullable Long noteId, String actor,
            String excerpt) {
        add(username, kind, timelineId, eventId, headline(eventId), noteId, actor, excerpt);
    }

    private void add(String username, InboxKind kind, long timelineId, long eventId, @Nullable String headline,
            @Nullable Long noteId, String actor, String excerpt) {
        inbox.save(new InboxItemEntity(username, kind, eventId, headline, noteId, actor, excerpt, clock.instant()));
        live.announce(new LiveNotice(AnnotationNotices.INBOX, timelineId, eventId, username, kind.name()));
    }

    /** The event's headline as the team sees it now, so the item names its event; none if it cannot be read. */
    private @Nullable String headline(long eventId) {
        try {
            return events.forTeam(EventId.of(eventId)).content().headline();
        } catch (RuntimeException e) {
            return null; // e.g. a change made by the system account, which is on no team
        }
    }

    /** Everyone who annotated an event hears when someone else changes it. */
    @EventListener
    void eventChanged(EventChange change) {
        List<String> told = notes.authorsOn(change.eventId().value()).stream().filter(a -> !a.equals(change.user())).toList();
        if (told.isEmpty()) {
            return;
        }
        String headline = headline(change.eventId().value()); // read once for everyone told, not once each
        for (String author : told) {
            add(author, InboxKind.EVENT_CHANGED, change.timelineId().value(), change.eventId().value(), headline, null,
                    change.user(), change.user() + " " + whatHappened(change) + " an event you annotated");
        }
    }

    /** The editors who changed an imported event hear when its source row changes upstream (the import left it). */
    @EventListener
    void rowChangedUpstream(ImportedRowChanged change) {
        String headline = headline(change.eventId().value());
        for (String editor : change.editors()) {
            add(editor, InboxKind.SOURCE_ROW_CHANGED, change.timelineId().value(), change.eventId().value(), headline, null,
                    change.user(), change.summary());
        }
    }

    private static String whatHappened(EventChange change) {
        return switch (change) {
            case EventSaved saved -> "edited";
            case EventRelationsChanged related -> "changed the relations of";
            case EventSubmitted submitted -> "submitted";
            case EventApproved approved -> "approved";
            case EventReturned returned -> "returned";
            case EventRetracted retracted -> "retracted";
            case EventsMerged merged -> "merged a duplicate into";
            case CorrectionDiscarded discarded -> "discarded the pending correction of";
        };
    }
}
