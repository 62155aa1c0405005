package org.annals.reader.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * The public pages need no server push: nothing on them changes unless the reader asks. A push connection (a
 * WebSocket with its buffers, held for as long as the tab is open) would be most of what a reader costs the server,
 * so a UI showing a public page keeps push off; it comes back, as {@code @Push} on the application configures it,
 * when the same tab moves on to the editors' pages, whose live updates need it (docs/decisions/0011).
 */
@Component
class ReaderPush implements VaadinServiceInitListener {

    private static final String READER_PACKAGE = ReaderPush.class.getPackageName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // the application's @Push is applied to a new UI after the init listeners run: read it at first navigation
            PushMode[] configured = {null};
            ui.addBeforeEnterListener(enter -> {
                if (configured[0] == null) {
                    configured[0] = ui.getPushConfiguration().getPushMode();
                }
                PushMode wanted = enter.getNavigationTarget().getPackageName().equals(READER_PACKAGE)
                        ? PushMode.DISABLED : configured[0];
                if (ui.getPushConfiguration().getPushMode() != wanted) {
                    ui.getPushConfiguration().setPushMode(wanted);
                }
            });
        });
    }
}
