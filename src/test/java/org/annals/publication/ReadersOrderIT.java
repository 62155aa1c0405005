package org.annals.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.IntegrationTest;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the list is in the order of the dates it shows — "c. 8 Jun 2023" comes after "6 Jun 2023", not before it
 * because its uncertainty reaches back to 5 June — page after page, and the same through the API's cursor.
 */
@IntegrationTest
class ReadersOrderIT {

    private static final String WAR = "russia-ukraine-war";

    @Autowired
    PublishedEventQuery published;

    @Test
    void events_are_listed_by_the_day_their_date_names_across_pages() {
        List<EventDetails> all = new ArrayList<>();
        String cursor = null;
        do {
            PublishedEventPage page = published.page(WAR, EventFilter.ALL, cursor, 7);
            all.addAll(page.events());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(all).hasSize(65);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).content().start().nominal()).as(all.get(i).slug())
                    .isAfterOrEqualTo(all.get(i - 1).content().start().nominal());
        }
        List<String> labels = all.stream().map(e -> e.dateLabel(Locale.ENGLISH)).toList();
        assertThat(labels.indexOf("c. 8 Jun 2023")).isGreaterThan(labels.indexOf("6 Jun 2023")).isPositive();
    }
}
