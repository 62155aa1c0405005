package org.annals.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that waits on a stranger's server (a capture, a link check) done off the page's thread, as the signed-in person,
 * its answer shown on the page once there (push) — or null there when it failed. A page left meanwhile is skipped:
 * the work itself is kept all the same.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static <T> void run(String name, Supplier<T> work, Consumer<@Nullable T> show) {
        UI ui = UI.getCurrent();
        Runnable task = () -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                result = null;
            }
            T answer = result;
            try {
                ui.access(() -> show.accept(answer));
            } catch (UIDetachedException gone) {
                // the person left the page
            }
        };
        Thread.ofVirtual().name(name).start(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }
}
