package org.annals.live;

import java.util.function.Consumer;
import org.annals.live.internal.LocalFanOut;
import org.annals.live.internal.NoticeCodec;
import org.annals.live.internal.NotificationListener;
import org.annals.shared.NoTransaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Announce a change to every instance, and hear about changes from all of them (this one included).
 * <p>
 * {@link #announce} runs {@code pg_notify} on the caller's connection: inside a service's transaction PostgreSQL
 * delivers the notice only when that transaction commits, and never if it rolls back, so nobody is told about work
 * that was not stored. Every instance, this one too, receives it on its LISTEN connection; there is one path.
 */
// Anyone may announce and listen: a notice carries ids, never content, and each listener reads what it shows through
// its own module's secured services. It opens no transaction; a notice announced in one is sent when it commits.
@Component
@PreAuthorize("permitAll()")
@NoTransaction("Announcing is one NOTIFY inside the caller's transaction, if any; subscribing is in memory")
public class LiveBus {

    private final JdbcClient jdbc;
    private final LocalFanOut fanOut;
    private final NotificationListener listener;

    LiveBus(JdbcClient jdbc, LocalFanOut fanOut, NotificationListener listener) {
        this.jdbc = jdbc;
        this.fanOut = fanOut;
        this.listener = listener;
    }

    public void announce(LiveNotice notice) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", NotificationListener.CHANNEL)
                .param("payload", NoticeCodec.encode(notice))
                .query((rs, n) -> 1).list();
    }

    /** Calls {@code subscriber} on the listener's thread for every notice until the returned handle is closed. */
    public Subscription subscribe(Consumer<LiveNotice> subscriber) {
        Runnable unsubscribe = fanOut.subscribe(subscriber);
        return unsubscribe::run;
    }

    public boolean isListening() {
        return listener.isListening();
    }

    public int listenerConnects() {
        return listener.connects();
    }

    /** A subscription; closing it twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
