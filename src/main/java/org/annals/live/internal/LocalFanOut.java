package org.annals.live.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.annals.live.LiveNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands each notice received on this instance to everyone here who subscribed, in subscription order. */
@Component
public class LocalFanOut {

    private static final Logger log = LoggerFactory.getLogger(LocalFanOut.class);

    private final List<Consumer<LiveNotice>> subscribers = new CopyOnWriteArrayList<>();

    public Runnable subscribe(Consumer<LiveNotice> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void dispatch(LiveNotice notice) {
        for (Consumer<LiveNotice> subscriber : subscribers) {
            try {
                subscriber.accept(notice);
            } catch (RuntimeException e) {
                // one broken view must not keep the notice from the others
                log.warn("A live subscriber failed on {}: {}", notice.kind(), e.toString());
            }
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }
}
