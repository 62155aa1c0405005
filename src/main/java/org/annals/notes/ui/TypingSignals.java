package org.annals.notes.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.annals.live.Presence;
import org.annals.live.PresenceRegistry;

/**
 * "X typing…" for one person on one event: tells the others at most every
 * {@link PresenceRegistry#TYPING_EVERY_MILLIS} while they type (thread 0 is a new note), withdraws it as soon as the
 * note is posted, and reads who else is typing where.
 */
final class TypingSignals {

    private final PresenceRegistry presence;
    private final String me;
    private final long timelineId;
    private final long eventId;
    private final String presenceKey = UUID.randomUUID().toString();
    private long lastTyping;

    TypingSignals(PresenceRegistry presence, String me, long timelineId, long eventId) {
        this.presence = presence;
        this.me = me;
        this.timelineId = timelineId;
        this.eventId = eventId;
    }

    void typing(long threadId) {
        long now = System.currentTimeMillis();
        if (now - lastTyping >= PresenceRegistry.TYPING_EVERY_MILLIS) {
            lastTyping = now;
            presence.typing(presenceKey, at(threadId));
        }
    }

    /** Posted: the others stop seeing "typing…" with the note's arrival, not seconds later. */
    void stoppedTyping(long threadId) {
        lastTyping = 0;
        presence.stoppedTyping(presenceKey, at(threadId));
    }

    /** Who else is typing, by thread (0: a new note). */
    Map<Long, List<String>> others() {
        return presence.on(eventId).stream()
                .filter(p -> p.activity() == Presence.Activity.TYPING && !p.user().equals(me))
                .collect(Collectors.groupingBy(Presence::threadId, Collectors.mapping(Presence::user, Collectors.toList())));
    }

    static String text(List<String> users) {
        if (users == null || users.isEmpty()) {
            return "";
        }
        return I18NProvider.translate(users.size() == 1 ? "notes.typing.one" : "notes.typing.many", String.join(", ", users));
    }

    private Presence at(long threadId) {
        return new Presence(me, timelineId, eventId, Presence.Activity.TYPING, threadId);
    }
}
