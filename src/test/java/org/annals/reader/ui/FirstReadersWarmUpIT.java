package org.annals.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.IntegrationTest;
import org.annals.event.EventFilter;
import org.annals.publication.PublishedEventQuery;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 16: the reads the first readers after a start would wait for are done by the app itself, as the page does them. */
@IntegrationTest
class FirstReadersWarmUpIT {

    @Autowired
    TimelineService timelines;
    @Autowired
    PublishedEventQuery published;

    @Test
    void every_public_timeline_s_first_view_is_read_as_a_plain_link_shows_it() {
        FirstReadersWarmUp warmUp = new FirstReadersWarmUp(timelines, published, true);
        int publicTimelines = timelines.publicTimelines().size();
        assertThat(publicTimelines).isPositive();
        assertThat(warmUp.readFirstViews()).isEqualTo(Math.min(FirstReadersWarmUp.MAX_TIMELINES, publicTimelines));

        // the window it read is the one a plain link shows: the whole war with a month either side
        java.time.LocalDate[] window = TimelineView.wholeTimeline(published.extent("russia-ukraine-war", EventFilter.ALL).orElseThrow());
        assertThat(window[0]).isEqualTo("2022-01-25");
        assertThat(published.window("russia-ukraine-war", TimelineView.unfiltered(window[0], window[1]), TimelineView.MAX_ITEMS)
                .total()).isEqualTo(65);
    }
}
