package org.annals.shared.ui;

/**
 * A number shown next to a menu entry (e.g. unread inbox items), contributed by a feature module as a Spring bean so
 * the main layout stays free of features. {@link #watch} lets the layout update it live.
 */
public interface NavigationBadge {

    /** The route path of the menu entry, as in {@code @Route} (e.g. "editor/inbox"). */
    String path();

    /** The number for the signed-in person now; 0 shows no badge. */
    long count();

    /**
     * Calls {@code changed} (on any thread) whenever the count of {@code username} may have changed, until the
     * returned handle is closed.
     */
    AutoCloseable watch(String username, Runnable changed);
}
