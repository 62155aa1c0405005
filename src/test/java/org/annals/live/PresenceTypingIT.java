package org.annals.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "X typing…" follows the typing closely: it holds while someone types, and goes soon after they stop or post. */
@IntegrationTest
class PresenceTypingIT {

    @Autowired
    PresenceRegistry presence;

    private boolean typing(long eventId) {
        return presence.on(eventId).stream().anyMatch(p -> p.activity() == Presence.Activity.TYPING);
    }

    /** Milliseconds until the condition holds (checked every 20 ms, at most 10 s). */
    private static long millisUntil(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - start).as("waited too long").isLessThan(10_000_000_000L);
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void typing_clears_within_three_seconds_of_the_last_keystroke_and_at_once_when_posted() throws Exception {
        long eventId = 900_000_000L + System.nanoTime() % 1_000_000;
        Presence typist = new Presence("typist", 1, eventId, Presence.Activity.TYPING, 0);

        presence.typing("session-1", typist);
        millisUntil(() -> typing(eventId));
        long gone = millisUntil(() -> !typing(eventId));
        // long enough to bridge the pause between two announcements while someone keeps typing, short enough to be honest
        assertThat(gone).isBetween(PresenceRegistry.TYPING_EVERY_MILLIS + 500L, 3_500L);

        presence.typing("session-1", typist);
        millisUntil(() -> typing(eventId));
        presence.stoppedTyping("session-1", typist);
        assertThat(millisUntil(() -> !typing(eventId))).isLessThan(1_000L);
    }
}
