package org.annals.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.IntegrationTest;
import org.annals.event.EventFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: search forgives — a place typed in Ukrainian finds the events written in English, and a typo is answered
 * with the nearest words of the timeline that find events.
 */
@IntegrationTest
class ForgivingSearchIT {

    private static final String WAR = "russia-ukraine-war";

    @Autowired
    PublishedEventQuery published;

    private static EventFilter words(String text) {
        return new EventFilter(null, null, null, null, null, text, null, null, null, false);
    }

    @Test
    void ukrainian_spelling_finds_the_english_text() {
        assertThat(published.count(WAR, words("Буча"))).isEqualTo(published.count(WAR, words("Bucha"))).isPositive();
        assertThat(published.count(WAR, words("Харків"))).isEqualTo(published.count(WAR, words("Kharkiv"))).isPositive();
    }

    @Test
    void a_typo_gets_the_nearest_words_that_find_events() {
        assertThat(published.count(WAR, words("Bucah"))).isZero();
        assertThat(published.didYouMean(WAR, words("Bucah"))).hasValue("bucha");
        assertThat(published.didYouMean(WAR, words("Zaporizhia"))).hasValueSatisfying(v -> assertThat(v).startsWith("zaporizh"));
        // known words are not "corrected", and nonsense has no suggestion
        assertThat(published.didYouMean(WAR, words("Bucha"))).isEmpty();
        assertThat(published.didYouMean(WAR, words("qqqqxxzz"))).isEmpty();
        assertThat(published.didYouMean(WAR, EventFilter.ALL)).isEmpty();
    }
}
