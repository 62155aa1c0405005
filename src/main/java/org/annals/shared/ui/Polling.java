package org.annals.shared.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * The browser asked for news while anything on the page watches a background job (a dialog and the list behind it
 * may both): polling stops when the last watcher ends, not when the first one does.
 */
public final class Polling {

    private Polling() {
    }

    /** Counts the watchers of one UI (kept with it). */
    private static final class Watchers {
        private int count;
    }

    /** Calls {@code listener} every {@code millis} until the returned registration is removed (once; again does nothing). */
    public static Registration watch(UI ui, int millis, ComponentEventListener<PollEvent> listener) {
        Watchers watchers = ComponentUtil.getData(ui, Watchers.class);
        if (watchers == null) {
            watchers = new Watchers();
            ComponentUtil.setData(ui, Watchers.class, watchers);
        }
        Watchers counted = watchers;
        counted.count++;
        Registration poll = ui.addPollListener(listener);
        ui.setPollInterval(millis);
        boolean[] ended = {false};
        return () -> {
            if (ended[0]) {
                return;
            }
            ended[0] = true;
            poll.remove();
            if (--counted.count <= 0) {
                counted.count = 0;
                ui.setPollInterval(-1);
            }
        };
    }
}
