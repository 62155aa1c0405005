package org.annals.notes.ui;

import org.annals.notes.AnnotationNotices;
import org.annals.notes.InboxService;
import org.annals.live.LiveBus;
import org.annals.live.NoticeKind;
import org.annals.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** The unread count next to "Inbox" in the menu, updated live when something arrives on any instance. */
@Component
class InboxBadge implements NavigationBadge {

    private final InboxService inbox;
    private final LiveBus live;

    InboxBadge(InboxService inbox, LiveBus live) {
        this.inbox = inbox;
        this.live = live;
    }

    @Override
    public String path() {
        return InboxView.PATH;
    }

    @Override
    public long count() {
        return inbox.unread();
    }

    @Override
    public AutoCloseable watch(String username, Runnable changed) {
        return live.subscribe(notice -> {
            if ((notice.kind() == AnnotationNotices.INBOX && notice.user().equals(username))
                    || notice.kind() == NoticeKind.RESYNC) {
                changed.run();
            }
        });
    }
}
