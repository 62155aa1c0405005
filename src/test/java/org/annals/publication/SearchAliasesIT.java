package org.annals.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annals.IntegrationTest;
import org.annals.SignedIn;
import org.annals.event.EventFilter;
import org.annals.shared.InvalidInputException;
import org.annals.timeline.SearchAlias;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 16: names in other spellings — an administrator names "kiev" as another name for "kyiv", and a reader's search
 * for Kiev then finds the Kyiv events; only administrators name them; a name is one word.
 */
@IntegrationTest
class SearchAliasesIT {

    private static final String WAR = "russia-ukraine-war";

    @Autowired
    PublishedEventQuery published;
    @Autowired
    TimelineService timelines;

    private static EventFilter words(String text) {
        return new EventFilter(null, null, null, null, null, text, null, null, null, false);
    }

    @Test
    void another_spelling_named_by_the_desk_finds_the_events() {
        int kyiv = published.count(WAR, words("Kyiv"));
        assertThat(kyiv).isPositive();
        SignedIn.as("admin", "ADMIN", () -> timelines.removeSearchAlias(WAR, "kiev"));
        assertThat(published.count(WAR, words("Kiev"))).isZero();

        SignedIn.as("admin", "ADMIN", () -> timelines.putSearchAlias(WAR, new SearchAlias("Kiev", "Kyiv")));
        assertThat(published.count(WAR, words("Kiev"))).isEqualTo(kyiv);
        assertThat(published.count(WAR, words("kiev invasion"))).isEqualTo(published.count(WAR, words("kyiv invasion")));

        SignedIn.as("admin", "ADMIN", () -> timelines.removeSearchAlias(WAR, "kiev"));
        assertThat(published.count(WAR, words("Kiev"))).isZero();
    }

    @Test
    void only_administrators_name_them_and_a_name_is_one_word() {
        assertThatThrownBy(() -> SignedIn.as("editor", "EDITOR", () -> timelines.putSearchAlias(WAR, new SearchAlias("kiev", "kyiv"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new SearchAlias("kyiv", "Kyiv")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new SearchAlias("kyiv city", "kyiv")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new SearchAlias("", "kyiv")).isInstanceOf(InvalidInputException.class);
    }
}
