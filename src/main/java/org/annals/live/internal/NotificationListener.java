package org.annals.live.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.annals.live.LiveNotice;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One dedicated connection per instance that LISTENs on the live channel, read by a daemon thread through pgjdbc's
 * {@link PGConnection#getNotifications(int)}. It is not taken from the pool: a pooled connection would be recycled
 * under it, and a LISTEN belongs to one session. When the connection is lost (database restart, terminated backend,
 * network) it reconnects with backoff and then announces {@link LiveNotice#resync()} locally, because notices sent
 * while it was away are gone: views reload what they show, so nothing that was committed is missed.
 */
@Component
public class NotificationListener implements SmartLifecycle {

    public static final String CHANNEL = "annals_live";
    /** Shown in pg_stat_activity, so an operator (or a test) can tell the listener from pooled connections. */
    public static final String APPLICATION_NAME = "annals-live-listener";
    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long PING_EVERY_MILLIS = 10_000;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final DataSource dataSource;
    private final LocalFanOut fanOut;
    private final AtomicInteger connects = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Connection connection;
    private @Nullable Thread thread;

    NotificationListener(DataSource dataSource, LocalFanOut fanOut) {
        this.dataSource = dataSource;
        this.fanOut = fanOut;
    }

    @Override
    public synchronized void start() {
        running = true;
        Thread worker = new Thread(this::run, "annals-live-listener");
        worker.setDaemon(true);
        worker.start();
        thread = worker;
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the LISTEN connection is up right now. */
    public boolean isListening() {
        return listening;
    }

    /** How many times the listener has connected (1 after start-up; more after each recovery). */
    public int connects() {
        return connects.get();
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try (Connection listen = connect()) {
                connection = listen;
                try (Statement statement = listen.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                backoff = 100;
                if (connects.incrementAndGet() > 1) {
                    log.info("Live listener reconnected; views reload what they show");
                    fanOut.dispatch(LiveNotice.resync());
                }
                receive(listen);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Live listener lost its connection ({}); retrying in {} ms", e.getMessage(), backoff);
                }
            } finally {
                listening = false;
                connection = null;
            }
            if (running) {
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private void receive(Connection listen) throws SQLException {
        PGConnection pg = listen.unwrap(PGConnection.class);
        long lastPing = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    NoticeCodec.decode(notification.getParameter()).ifPresent(fanOut::dispatch);
                }
            }
            // a connection that died without a word (a dropped network) reads as "no notices": ask it something
            if (System.currentTimeMillis() - lastPing > PING_EVERY_MILLIS) {
                try (Statement ping = listen.createStatement()) {
                    ping.execute("select 1");
                }
                lastPing = System.currentTimeMillis();
            }
        }
    }

    private Connection connect() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(pool.getJdbcUrl(), properties);
        opened.setAutoCommit(true);
        return opened;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(@Nullable Connection open) {
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing is all we wanted
            }
        }
    }
}
