package org.annals.event.ui.spi;

import java.util.List;
import org.annals.event.EventFilter;
import org.annals.event.EventId;

/**
 * Something to do with the events selected in the editors' grid (bulk review steps), offered by another module so
 * this one needs no knowledge of it. The grid shows a button per action while rows are selected.
 */
public interface EventGridAction {

    /** The button's id in the page: lower case and hyphens, the same in every language. */
    String id();

    /** The button's text, in the person's language. */
    String label();

    /** Whether the person signed in may take this action at all (each event's own rules are checked when it runs). */
    boolean offered();

    /** Runs the action on the selection (asking what it needs first); {@code afterwards} reloads the grid. */
    void run(List<EventId> selected, Runnable afterwards);

    /**
     * The button's text for taking every event the filters list in the background (more than a selection holds), or
     * null when the action takes selections only.
     */
    default @org.jspecify.annotations.Nullable String wholeListLabel() {
        return null;
    }

    /** Runs the action on every event {@code filter} lists in the timeline ({@code listed} of them), asking first. */
    default void runOnWholeList(String timelineSlug, EventFilter filter, int listed, Runnable afterwards) {
        throw new UnsupportedOperationException(id() + " takes selections only");
    }
}
