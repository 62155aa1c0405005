package org.annals.live;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.annals.shared.NoTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Who is on which event, across instances. Each instance announces its own viewers over the live bus when they come
 * and go and again every {@link #HEARTBEAT_SECONDS}; every instance keeps what it hears and forgets an entry that
 * was not heard again within {@link #EXPIRY_SECONDS}, so the users of a crashed instance disappear on their own.
 * Typing is announced as it happens (at most every {@link #TYPING_EVERY_MILLIS} per person), expires
 * {@link #TYPING_MILLIS} after the last announcement, and is withdrawn at once when the note is posted; expired
 * entries are swept every {@link #SWEEP_MILLIS}, so "X typing…" goes away within about three seconds of the last
 * keystroke rather than waiting for the next heartbeat.
 */
@Component
// Presence names who is on which event; the views that show it are themselves open only to the event's team.
@PreAuthorize("permitAll()")
@NoTransaction("Presence is kept in memory and announced on the live bus")
public class PresenceRegistry {

    static final int HEARTBEAT_SECONDS = 5;
    static final int EXPIRY_SECONDS = 16;
    /** How long a typing announcement holds: longer than the pause between two announcements while typing. */
    static final int TYPING_MILLIS = 2_500;
    /** Views announce typing at most this often (value changes arrive every 700 ms while someone types). */
    public static final int TYPING_EVERY_MILLIS = 1_000;
    static final int SWEEP_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(PresenceRegistry.class);

    private record Entry(Presence presence, long expiresAt) {
    }

    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final LiveBus bus;
    private final Clock clock;
    /** What this instance's own sessions are doing, by session key. */
    private final Map<String, Presence> local = new ConcurrentHashMap<>();
    /** Everything heard from all instances, by instance/session(/thread for typing). */
    private final Map<String, Entry> heard = new ConcurrentHashMap<>();
    /** Views that show presence: told only when what they show changes, not on every heartbeat. */
    private final org.annals.live.internal.LocalFanOut changes = new org.annals.live.internal.LocalFanOut();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "annals-presence-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    PresenceRegistry(LiveBus bus, org.annals.live.internal.LocalFanOut notices, Clock clock) {
        this.bus = bus;
        this.clock = clock;
        // in order, on the listener's thread: quick bookkeeping only
        notices.subscribeDirect(this::hear);
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        heartbeat.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A session of this instance is on an event (called on arrival and when its activity changes). */
    public void here(String session, Presence presence) {
        Presence before = local.put(session, presence);
        if (!presence.equals(before)) {
            send("H", session, presence, EXPIRY_SECONDS * 1000);
        }
    }

    public void typing(String session, Presence presence) {
        send("T", session, presence, TYPING_MILLIS);
    }

    /** The session posted what it was typing (or cleared it): nobody should see "typing…" any longer. */
    public void stoppedTyping(String session, Presence presence) {
        send("S", session, presence, 0);
    }

    public void gone(String session) {
        Presence left = local.remove(session);
        if (left != null) {
            send("G", session, left, 0);
        }
    }

    /**
     * Calls {@code listener} (on a background thread) with a PRESENCE notice naming the timeline and event whenever
     * someone arrives, leaves, changes activity, types, or expires.
     */
    public LiveBus.Subscription onChange(java.util.function.Consumer<LiveNotice> listener) {
        Runnable unsubscribe = changes.subscribe(listener);
        return unsubscribe::run;
    }

    /** Everyone on the event, one entry per person, with their liveliest activity (typing over editing over viewing). */
    public List<Presence> on(long eventId) {
        long now = clock.millis();
        Map<String, Presence> byUser = new LinkedHashMap<>();
        heard.values().stream().filter(e -> e.expiresAt > now && e.presence.eventId() == eventId)
                .map(Entry::presence)
                .sorted(Comparator.comparing(Presence::user))
                .forEach(p -> byUser.merge(p.user(), p, (a, b) -> a.activity().compareTo(b.activity()) >= 0 ? a : b));
        return new ArrayList<>(byUser.values());
    }

    /** For a grid: the people on each event of a timeline. */
    public Map<Long, Set<String>> onTimeline(long timelineId) {
        long now = clock.millis();
        Map<Long, Set<String>> result = new LinkedHashMap<>();
        heard.values().stream().filter(e -> e.expiresAt > now && e.presence.timelineId() == timelineId)
                .forEach(e -> result.computeIfAbsent(e.presence.eventId(), k -> new TreeSet<>()).add(e.presence.user()));
        return result;
    }

    /** {@code ttlMillis}: how long receivers keep the entry unless they hear it again. */
    private void send(String op, String session, Presence p, int ttlMillis) {
        String detail = String.join(";", op, instance, session, p.activity().name(), Long.toString(p.threadId()),
                Integer.toString(ttlMillis));
        try {
            bus.announce(new LiveNotice(NoticeKind.PRESENCE, p.timelineId(), p.eventId(), p.user(), detail));
        } catch (RuntimeException e) {
            // the database is away: the next heartbeat tells everyone again
            log.debug("Presence not announced: {}", e.toString());
        }
    }

    private void hear(LiveNotice notice) {
        if (notice.kind() != NoticeKind.PRESENCE) {
            return;
        }
        String[] d = notice.detail().split(";");
        if (d.length != 6) {
            return;
        }
        try {
            Presence.Activity activity = Presence.Activity.valueOf(d[3]);
            long threadId = Long.parseLong(d[4]);
            String key = d[1] + "/" + d[2] + (activity == Presence.Activity.TYPING ? "/typing" : "");
            boolean changed;
            switch (d[0]) {
                case "G" -> {
                    changed = heard.remove(key) != null;
                    changed |= heard.remove(key + "/typing") != null;
                }
                case "S" -> changed = heard.remove(key) != null;
                default -> {
                    Presence presence = new Presence(notice.user(), notice.timelineId(), notice.eventId(), activity, threadId);
                    Entry before = heard.put(key, new Entry(presence, clock.millis() + Long.parseLong(d[5])));
                    // "still typing" extends the entry; views hear only about what they show changing
                    changed = before == null || !before.presence.equals(presence);
                }
            }
            if (changed) {
                changes.dispatch(new LiveNotice(NoticeKind.PRESENCE, notice.timelineId(), notice.eventId(),
                        notice.user(), d[0]));
            }
        } catch (IllegalArgumentException e) {
            log.debug("Unreadable presence {}", notice.detail());
        }
    }

    private void beat() {
        try {
            local.forEach((session, presence) -> send("H", session, presence, EXPIRY_SECONDS * 1000));
        } catch (RuntimeException e) {
            log.debug("Presence heartbeat failed: {}", e.toString());
        }
    }

    /** Forgets what was not heard again in time and tells the views of the events concerned. */
    void sweep() {
        try {
            long now = clock.millis();
            List<Presence> expired = new ArrayList<>();
            // remove(key, entry): an entry renewed meanwhile stays
            heard.forEach((key, entry) -> {
                if (entry.expiresAt <= now && heard.remove(key, entry)) {
                    expired.add(entry.presence);
                }
            });
            expired.stream().map(p -> p.eventId() + ":" + p.timelineId()).distinct().forEach(key -> {
                String[] ids = key.split(":");
                changes.dispatch(new LiveNotice(NoticeKind.PRESENCE, Long.parseLong(ids[1]),
                        Long.parseLong(ids[0]), "", "expired"));
            });
        } catch (RuntimeException e) {
            log.debug("Presence sweep failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
    }
}
