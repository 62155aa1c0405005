package org.annals.publication.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.annals.event.EventDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the {@link PassThroughTexts} of published events that lack them (rows published before they existed, or
 * written by SQL as the benchmark does), on a background thread, 500 rows per transaction: started on start-up and
 * whenever a window or a page meets such a row (it is built from the documents meanwhile). A no-op once done.
 */
@Component
@Order(6)
class PassThroughFill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PassThroughFill.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final AtomicBoolean running = new AtomicBoolean();

    PassThroughFill(DataSource dataSource, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        inBackground();
    }

    /** Starts the fill unless it is already under way. */
    void inBackground() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("pass-through-fill").start(() -> {
            try {
                long after = 0;
                while (after >= 0) {
                    long from = after;
                    after = Objects.requireNonNull(transaction.execute(status -> fillBatch(from)));
                }
            } catch (RuntimeException e) {
                log.warn("Filling the readers' pass-through texts stopped; answers are built from the documents meanwhile", e);
            } finally {
                running.set(false);
            }
        });
    }

    /**
     * One batch of the rows after {@code after} (an event id): the last id written, or -1 when none was left. A
     * publication meanwhile wins: only rows still lacking a text are written. The batches walk the key onwards: asked
     * from the start each time, every batch skipped the rows already filled, and 1,000,000 rows took 30 minutes.
     */
    long fillBatch(long after) {
        List<Object[]> rows = jdbc.query("select event_id, document::text as document from published_event"
                        + " where event_id > ? and (window_item is null or list_item_en is null) order by event_id limit ?",
                (rs, n) -> {
                    PassThroughTexts texts = PassThroughTexts.of(json.readValue(rs.getString("document"), EventDetails.class), json);
                    return new Object[] {texts.windowItem(), texts.labelEn(), texts.labelUk(), texts.listEn(),
                            texts.listUk(), rs.getLong("event_id")};
                }, after, BATCH);
        if (rows.isEmpty()) {
            return -1;
        }
        jdbc.batchUpdate("update published_event set window_item = ?, label_en = ?, label_uk = ?, list_item_en = ?,"
                + " list_item_uk = ? where event_id = ? and (window_item is null or list_item_en is null)", rows);
        return (Long) rows.getLast()[5];
    }
}
