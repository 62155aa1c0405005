package org.annals.event.ui.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.annals.live.LiveNotice;

/**
 * A count per event shown as a column of the events grid (e.g. open threads), with a filter "has any". Asked once
 * per page of rows, so an implementation answers with one query.
 */
public interface EventGridMarker {

    /** Names the column and its filter in the page (ids), the same in every language: lower case and hyphens. */
    String key();

    /** The column's header, in the person's language. */
    String header();

    String filterLabel();

    /** Counts for these events; events without any may be left out. */
    Map<Long, Integer> counts(String timelineSlug, Collection<Long> eventIds);

    /** The events of the timeline whose count is above zero. */
    Set<Long> eventsWithAny(String timelineSlug);

    /** Whether this live notice may change the counts (the grid then reloads its rows). */
    boolean changesWith(LiveNotice notice);
}
