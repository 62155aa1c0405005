package org.annals.event.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annals.event.EventDetails;
import org.annals.event.EventNotices;
import org.annals.live.LiveBus;
import org.annals.live.NoticeKind;
import org.annals.live.Presence;
import org.annals.live.PresenceRegistry;
import org.jspecify.annotations.Nullable;

/**
 * While an event is open in the editor: saves by others and the resync after a lost connection arrive through the
 * live bus, and who else is on the event through presence; each is handed to the view inside {@code ui.access}.
 * This browser tab announces itself as viewing or editing the event (one presence entry per view).
 */
final class EventLiveWatch {

    private final LiveBus live;
    private final PresenceRegistry presence;
    private final String me;
    private final String presenceKey = UUID.randomUUID().toString();
    private final List<LiveBus.Subscription> subscriptions = new ArrayList<>();

    EventLiveWatch(LiveBus live, PresenceRegistry presence, String me) {
        this.live = live;
        this.presence = presence;
        this.me = me;
    }

    void start(UI ui, Supplier<@Nullable EventDetails> shown, Consumer<String> savedByOther, Runnable resync,
            Consumer<List<Presence>> present) {
        stop();
        subscriptions.add(live.subscribe(notice -> {
            EventDetails event = shown.get();
            if (event == null || !notice.concernsEvent(event.id().value())) {
                return;
            }
            if (notice.kind() == EventNotices.SAVED && !notice.user().equals(me)) {
                ui.access(() -> savedByOther.accept(notice.user()));
            } else if (notice.kind() == NoticeKind.RESYNC) {
                ui.access(resync::run);
            }
        }));
        subscriptions.add(presence.onChange(notice -> {
            EventDetails event = shown.get();
            if (event != null && notice.eventId() == event.id().value()) {
                ui.access(() -> present.accept(presence.on(event.id().value())));
            }
        }));
    }

    void stop() {
        subscriptions.forEach(LiveBus.Subscription::close);
        subscriptions.clear();
        presence.gone(presenceKey);
    }

    /** Announces this tab on the event; returns everyone on it now. */
    List<Presence> here(EventDetails event, boolean editing) {
        presence.here(presenceKey, new Presence(me, event.timelineId().value(), event.id().value(),
                editing ? Presence.Activity.EDITING : Presence.Activity.VIEWING, 0));
        return presence.on(event.id().value());
    }
}
