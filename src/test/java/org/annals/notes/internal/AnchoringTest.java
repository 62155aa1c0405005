package org.annals.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.notes.TextQuote;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String SUMMARY = "Talks in **Istanbul**.\n\nTalks in   Istanbul again, later.";

    @Test
    void finds_a_passage_selected_in_the_rendered_text_or_in_the_markdown() {
        assertThat(Anchoring.locate(SUMMARY, TextQuote.of("Talks in Istanbul"))).hasValueSatisfying(q -> {
            assertThat(q.prefix()).isEmpty();
            assertThat(q.suffix()).startsWith(". Talks in Istanbul again");
        });
        assertThat(Anchoring.locate(SUMMARY, TextQuote.of("in **Istanbul**"))).isPresent();
        assertThat(Anchoring.locate(SUMMARY, TextQuote.of("in Paris"))).isEmpty();
        assertThat(Anchoring.locate(null, TextQuote.of("anything"))).isEmpty();
    }

    @Test
    void the_prefix_picks_the_occurrence() {
        TextQuote second = Anchoring.locate(SUMMARY, new TextQuote("Talks in Istanbul", "Talks in Istanbul.", "")).orElseThrow();
        assertThat(second.suffix()).startsWith(" again");
    }

    @Test
    void mentions_are_names_after_an_at_sign_but_not_addresses() {
        assertThat(Mentions.in("@anna and @bo-b, ask @cy. Mail x@example.org")).containsExactly("anna", "bo-b", "cy");
    }
}
