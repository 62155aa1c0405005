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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is on which event, across instances. Each instance announces its own viewers over the live bus when they come
 * and go and again every {@link #HEARTBEAT_SECONDS}; every instance keeps what it hears and forgets an entry that
 * was not heard again within {@link #EXPIRY_SECONDS}, so the users of a crashed instance disappear on their own.
 * Typing is announced as it happens and expires after {@link #TYPING_SECONDS}.
 */
@Component
public class PresenceRegistry {

    static final int HEARTBEAT_SECONDS = 5;
    static final int EXPIRY_SECONDS = 16;
    static final int TYPING_SECONDS = 5;
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

    PresenceRegistry(LiveBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
        bus.subscribeDirect(this::hear);
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** A session of this instance is on an event (called on arrival and when its activity changes). */
    public void here(String session, Presence presence) {
        Presence before = local.put(session, presence);
        if (!presence.equals(before)) {
            send("H", session, presence, EXPIRY_SECONDS);
        }
    }

    public void typing(String session, Presence presence) {
        send("T", session, presence, TYPING_SECONDS);
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

    private void send(String op, String session, Presence p, int ttlSeconds) {
        String detail = String.join(";", op, instance, session, p.activity().name(), Long.toString(p.threadId()),
                Integer.toString(ttlSeconds));
        try {
            bus.announce(new LiveNotice(LiveNotice.Kind.PRESENCE, p.timelineId(), p.eventId(), p.user(), detail));
        } catch (RuntimeException e) {
            // the database is away: the next heartbeat tells everyone again
            log.debug("Presence not announced: {}", e.toString());
        }
    }

    private void hear(LiveNotice notice) {
        if (notice.kind() != LiveNotice.Kind.PRESENCE) {
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
                    heard.remove(key + "/typing");
                }
                default -> {
                    Presence presence = new Presence(notice.user(), notice.timelineId(), notice.eventId(), activity, threadId);
                    Entry before = heard.put(key, new Entry(presence, clock.millis() + Long.parseLong(d[5]) * 1000));
                    changed = before == null || !before.presence.equals(presence) || activity == Presence.Activity.TYPING;
                }
            }
            if (changed) {
                changes.dispatch(new LiveNotice(LiveNotice.Kind.PRESENCE, notice.timelineId(), notice.eventId(),
                        notice.user(), d[0]));
            }
        } catch (IllegalArgumentException e) {
            log.debug("Unreadable presence {}", notice.detail());
        }
    }

    private void beat() {
        try {
            local.forEach((session, presence) -> send("H", session, presence, EXPIRY_SECONDS));
            long now = clock.millis();
            List<Presence> expired = heard.values().stream().filter(e -> e.expiresAt <= now).map(Entry::presence).toList();
            heard.values().removeIf(e -> e.expiresAt <= now);
            expired.stream().map(p -> p.eventId() + ":" + p.timelineId()).distinct().forEach(key -> {
                String[] ids = key.split(":");
                changes.dispatch(new LiveNotice(LiveNotice.Kind.PRESENCE, Long.parseLong(ids[1]),
                        Long.parseLong(ids[0]), "", "expired"));
            });
        } catch (RuntimeException e) {
            log.debug("Presence heartbeat failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
    }
}
