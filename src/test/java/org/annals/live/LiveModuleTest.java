package org.annals.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.annals.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live module alone, on a real PostgreSQL: a notice announced inside a transaction reaches subscribers when it
 * commits and never when it rolls back, and a kind a feature registers travels by its name.
 */
@ApplicationModuleTest
@ModuleTestDatabase
class LiveModuleTest {

    private static final NoticeKind TEST_KIND = NoticeKind.named("LIVE_MODULE_TEST");

    @Autowired
    LiveBus bus;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_notice_is_heard_when_its_transaction_commits_and_never_when_it_rolls_back() throws InterruptedException {
        BlockingQueue<LiveNotice> heard = new LinkedBlockingQueue<>();
        // the listener connects on its own thread after start-up: a notice sent before it listens is not heard
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!bus.isListening()) {
            assertThat(System.nanoTime()).as("listening within 30 s").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(50); // the listener's own start: no page or event to wait on
        }
        try (LiveBus.Subscription ignored = bus.subscribe(notice -> {
            if (notice.kind() == TEST_KIND) {
                heard.add(notice);
            }
        })) {
            transactions.executeWithoutResult(status -> {
                bus.announce(new LiveNotice(TEST_KIND, 7, 70, "ana", "rolled back"));
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> bus.announce(new LiveNotice(TEST_KIND, 7, 71, "ana", "kept")));

            // one channel, in commit order: had the rolled-back notice been sent, it would arrive first
            LiveNotice first = heard.poll(10, TimeUnit.SECONDS);
            assertThat(first).isEqualTo(new LiveNotice(TEST_KIND, 7, 71, "ana", "kept"));
            assertThat(first.kind()).isSameAs(TEST_KIND);
        }
    }
}
