package org.annals.notes;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.annals.event.EventId;
import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.annals.live.NoticeKind;
import org.annals.security.SystemActor;
import org.annals.shared.NoTransaction;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineId;
import org.annals.timeline.TimelineService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The team notes of the events open on this instance, kept live: for each notice the changed thread is read
 * <em>once</em> here and the same result handed to every view showing that event, instead of every view reloading
 * everything (which made fifty open editors fifty reads and fifty full re-renders per note).
 * <p>
 * Who may see it: the same rule as {@link AnnotationService#threads} ({@code @eventAccess.isMember}): administrators,
 * and members of the event's timeline team. The read runs as {@link SystemActor} through the secured service; the
 * timeline's team is read with it, and a view gets the update only if its person is an administrator or on that team
 * <em>at the time of the notice</em> — so someone taken off the team stops receiving notes at once, as when each view
 * read with its own person's rights. Views subscribe only after they read the event's notes as their own person.
 * <p>
 * Reads of one event are serialised; each update carries a stamp taken before its read, so a view that receives two
 * updates of a thread out of order keeps the newer one ({@link Update#newerThan}).
 */
@Component
// The rule is applied per viewer inside (see above), at each notice, as it can change while a view is open.
@PreAuthorize("permitAll()")
@NoTransaction("Keeps the watching views in memory; it reads notes through AnnotationService, which is transactional")
public class ThreadFeed {

    private static final Logger log = LoggerFactory.getLogger(ThreadFeed.class);

    /**
     * Threads to show: {@code complete} means "these are all of the event's threads" (after the live connection was
     * away), otherwise "these threads changed". {@code stamp} orders updates (later read, larger stamp).
     */
    public record Update(List<NoteThread> threads, boolean complete, long stamp) {

        public boolean newerThan(long shownStamp) {
            return stamp > shownStamp;
        }
    }

    /** A view showing an event's notes for a person; {@code admin}: an administrator sees every timeline's notes. */
    private record Viewer(String username, boolean admin, Consumer<Update> receiver) {
    }

    /** The views of one event on this instance, and the lock that serialises reads of its notes. */
    private static final class Watched {
        final long timelineId;
        final List<Viewer> viewers = new CopyOnWriteArrayList<>();
        final ReentrantLock reading = new ReentrantLock();

        Watched(long timelineId) {
            this.timelineId = timelineId;
        }
    }

    private final AnnotationService notes;
    private final TimelineService timelines;
    /** The holder this context's method security reads (see {@link SystemActor#run(SecurityContextHolderStrategy, java.util.function.Supplier)}). */
    private final SecurityContextHolderStrategy security;
    private final Map<Long, Watched> watched = new ConcurrentHashMap<>();
    /** Hands an update to each view on its own virtual thread: a view's push must not wait for the others'. */
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    ThreadFeed(AnnotationService notes, TimelineService timelines, LiveBus live, SecurityContextHolderStrategy security) {
        this.notes = notes;
        this.timelines = timelines;
        this.security = security;
        live.subscribe(this::heard);
    }

    /** A stamp for a read the caller is about to make itself (e.g. right after its own change). */
    public static long stamp() {
        return System.nanoTime();
    }

    /**
     * Calls {@code receiver} (on a background thread) with every change to the event's notes until closed. The
     * caller must already have read the event's notes as {@code username}: this decides only who keeps receiving.
     */
    public LiveBus.Subscription watch(EventId eventId, TimelineId timelineId, String username, boolean admin,
            Consumer<Update> receiver) {
        Viewer viewer = new Viewer(username, admin, receiver);
        watched.compute(eventId.value(), (id, w) -> {
            Watched event = w == null ? new Watched(timelineId.value()) : w;
            event.viewers.add(viewer);
            return event;
        });
        return () -> watched.computeIfPresent(eventId.value(), (id, w) -> {
            w.viewers.remove(viewer);
            return w.viewers.isEmpty() ? null : w;
        });
    }

    /** How many views on this instance watch the event (for tests and diagnostics). */
    public int viewers(EventId eventId) {
        Watched event = watched.get(eventId.value());
        return event == null ? 0 : event.viewers.size();
    }

    private void heard(LiveNotice notice) {
        // saves, inboxes and presence are for other listeners
        if (notice.kind() == AnnotationNotices.NOTE) {
            Watched event = watched.get(notice.eventId());
            if (event != null) {
                parseThread(notice).ifPresent(threadId -> refresh(notice.eventId(), event, threadId));
            }
        } else if (notice.kind() == NoticeKind.RESYNC) {
            watched.forEach((eventId, event) -> refresh(eventId, event, null));
        }
    }

    private static java.util.Optional<Long> parseThread(LiveNotice notice) {
        try {
            return java.util.Optional.of(Long.parseLong(notice.detail()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** Reads one thread (or, with {@code threadId} null, all of the event's) once, and hands it to the event's views. */
    private void refresh(long eventId, Watched event, Long threadId) {
        event.reading.lock();
        try {
            long stamp = stamp();
            Update update;
            Set<String> team;
            try {
                update = SystemActor.run(security, () -> threadId == null
                        ? new Update(notes.threads(EventId.of(eventId)), true, stamp)
                        : new Update(List.of(notes.thread(threadId)), false, stamp));
                team = SystemActor.run(security, () -> timelines.team(TimelineId.of(event.timelineId)));
            } catch (NotFoundException e) {
                return;
            }
            if (update.threads().stream().anyMatch(t -> t.note().eventId() != eventId)) {
                log.warn("Notice for event {} named a thread of another event; ignored", eventId);
                return;
            }
            for (Viewer viewer : event.viewers) {
                if (viewer.admin() || team.contains(viewer.username())) {
                    delivery.execute(() -> deliver(viewer, update));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live notes of event {} not read: {}", eventId, e.toString());
        } finally {
            event.reading.unlock();
        }
    }

    private static void deliver(Viewer viewer, Update update) {
        try {
            viewer.receiver().accept(update);
        } catch (RuntimeException e) {
            // one broken view must not keep the update from the others
            log.debug("A notes view failed to take an update: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
