package org.annals.notes;

import java.time.Clock;
import java.util.List;
import org.annals.notes.internal.InboxItemEntity;
import org.annals.notes.internal.InboxRepository;
import org.annals.security.CurrentUser;
import org.annals.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own inbox: mentions, replies to their notes, changes to events they annotated. Nobody else's. */
@Service
@PreAuthorize("isAuthenticated()")
public class InboxService {

    private final InboxRepository inbox;
    private final Clock clock;

    InboxService(InboxRepository inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> items(int limit) {
        return inbox.findByUsernameOrderByCreatedAtDescIdDesc(CurrentUser.name(), Limit.of(Math.max(1, Math.min(limit, 500))))
                .stream().map(InboxItemEntity::toItem).toList();
    }

    @Transactional(readOnly = true)
    public long unread() {
        return inbox.countByUsernameAndReadAtIsNull(CurrentUser.name());
    }

    @Transactional
    public void markRead(long itemId) {
        InboxItemEntity item = inbox.findById(itemId).filter(i -> i.getUsername().equals(CurrentUser.name()))
                .orElseThrow(() -> new NotFoundException("No inbox item " + itemId));
        item.read(clock.instant());
    }

    @Transactional
    public int markAllRead() {
        return inbox.readAll(CurrentUser.name(), clock.instant());
    }
}
