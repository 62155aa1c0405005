package org.annals.notes.ui;

import com.vaadin.flow.component.UI;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.annals.event.EventDetails;
import org.annals.event.EventId;
import org.annals.event.EventNotices;
import org.annals.live.LiveBus;

/**
 * Saves of one event by someone else, from any instance: the notes on it read the event again (a passage gone from
 * the summary orphans its notes; a new citation can be annotated), so an open page never shows yesterday's text.
 */
final class EventSaves {

    private final LiveBus live;
    private final EventId eventId;
    private final Supplier<EventDetails> read;

    EventSaves(LiveBus live, EventId eventId, Supplier<EventDetails> read) {
        this.live = live;
        this.eventId = eventId;
        this.read = read;
    }

    /** Until closed, hands who saved and the event as they left it to {@code saved}, inside the UI's lock. */
    LiveBus.Subscription watch(UI ui, String me, BiConsumer<String, EventDetails> saved) {
        return live.subscribe(notice -> {
            if (notice.kind() == EventNotices.SAVED && notice.concernsEvent(eventId.value()) && !notice.user().equals(me)) {
                ui.access(() -> {
                    EventDetails updated;
                    try {
                        updated = read.get();
                    } catch (org.annals.shared.NotFoundException | org.springframework.security.access.AccessDeniedException e) {
                        return; // merged away, or this person left the team: the page's next step will say so
                    }
                    saved.accept(notice.user(), updated);
                });
            }
        });
    }
}
