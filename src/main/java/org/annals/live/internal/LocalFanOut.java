package org.annals.live.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.annals.live.LiveNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each notice received on this instance to everyone here who subscribed. Views get it on a virtual thread of
 * their own: a view's {@code ui.access} may run its update right away in the calling thread (when the session is
 * free), and the listener must not wait for fifty views to reload one after the other before reading the next
 * notice. "Direct" subscribers (the presence registry) are called in order on the calling thread.
 */
public class LocalFanOut {

    private static final Logger log = LoggerFactory.getLogger(LocalFanOut.class);

    private final List<Consumer<LiveNotice>> direct = new CopyOnWriteArrayList<>();
    private final List<Consumer<LiveNotice>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    public Runnable subscribe(Consumer<LiveNotice> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public Runnable subscribeDirect(Consumer<LiveNotice> subscriber) {
        direct.add(subscriber);
        return () -> direct.remove(subscriber);
    }

    public void dispatch(LiveNotice notice) {
        for (Consumer<LiveNotice> subscriber : direct) {
            deliver(subscriber, notice);
        }
        for (Consumer<LiveNotice> subscriber : subscribers) {
            workers.execute(() -> deliver(subscriber, notice));
        }
    }

    private static void deliver(Consumer<LiveNotice> subscriber, LiveNotice notice) {
        try {
            subscriber.accept(notice);
        } catch (RuntimeException e) {
            // one broken view must not keep the notice from the others
            log.warn("A live subscriber failed on {}: {}", notice.kind(), e.toString());
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }
}
