package org.annals.notes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.annals.notes.AnnotationNotices;
import org.annals.notes.InboxItem;
import org.annals.notes.InboxService;
import org.annals.live.LiveBus;
import org.annals.live.NoticeKind;

/** My inbox: mentions, replies to my notes and changes to events I annotated, newest first, live. */
@Route(InboxView.PATH)
@Menu(title = "Inbox", order = 5)
@RolesAllowed({"EDITOR", "REVIEWER", "ANNOTATOR", "ADMIN"})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "editor/inbox";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final InboxService inbox;
    private final String me;
    private final H2 heading = new H2();
    private final Div items = new Div();
    private LiveBus.Subscription subscription = () -> { };

    InboxView(InboxService inbox, LiveBus live, AuthenticationContext authentication) {
        this.inbox = inbox;
        this.me = authentication.getPrincipalName().orElse("");
        heading.setId("inbox-unread");
        items.setId("inbox-items");
        Button markAll = new Button(getTranslation("notes.inbox.markAll"), e -> {
            inbox.markAllRead();
            refresh();
        });
        markAll.setId("inbox-mark-all");
        add(new HorizontalLayout(heading, markAll), items);
        addAttachListener(e -> {
            UI ui = e.getUI();
            subscription = live.subscribe(notice -> {
                if ((notice.kind() == AnnotationNotices.INBOX && notice.user().equals(me))
                        || notice.kind() == NoticeKind.RESYNC) {
                    ui.access(this::refresh);
                }
            });
        });
        addDetachListener(e -> subscription.close());
        refresh();
    }

    private void refresh() {
        heading.setText(getTranslation("notes.inbox.unread", String.valueOf(inbox.unread())));
        DateTimeFormatter when = ThreadView.inLanguage(WHEN, getLocale());
        items.removeAll();
        for (InboxItem item : inbox.items(100)) {
            Span what = new Span(describe(item));
            // which event, by its headline: the link says where it leads
            // to the note itself when the item is about one (a mention, a reply), else to the event's notes
            Anchor open = new Anchor(EventNotesView.path(item.eventId()) + (item.noteId() == null ? "" : "#note-" + item.noteId()),
                    item.eventHeadline() == null ? getTranslation("notes.inbox.openEvent")
                            : getTranslation("notes.inbox.headline", item.eventHeadline()));
            open.addClassName("inbox-event");
            HorizontalLayout line = new HorizontalLayout(new Span(when.format(item.at())), what, open);
            line.setId("inbox-item-" + item.id());
            line.addClassName(item.read() ? "inbox-read" : "inbox-unread");
            if (!item.read()) {
                what.getStyle().set("font-weight", "bold");
                Button read = new Button(getTranslation("notes.inbox.markRead"), e -> {
                    inbox.markRead(item.id());
                    refresh();
                });
                read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(read);
            }
            items.add(line);
        }
    }

    private String describe(InboxItem item) {
        return switch (item.kind()) {
            case MENTION, REPLY -> getTranslation("notes.inboxKind." + item.kind().name(), item.actor(), item.excerpt());
            case EVENT_CHANGED -> eventChanged(item);
            case SOURCE_ROW_CHANGED -> getTranslation("notes.inboxKind.SOURCE_ROW_CHANGED", item.actor(), item.excerpt());
        };
    }

    /**
     * "ana edited an event you annotated" is stored in English (Inboxes writes it once for every reader); its verb
     * names the step, read here through the key of that verb, so the line reads in this person's language.
     */
    private String eventChanged(InboxItem item) {
        String said = item.excerpt();
        String prefix = item.actor() + " ";
        String suffix = " an event you annotated";
        if (said == null || !said.startsWith(prefix) || !said.endsWith(suffix) || said.length() <= prefix.length() + suffix.length()) {
            return String.valueOf(said);
        }
        String key = "notes.inboxChange." + said.substring(prefix.length(), said.length() - suffix.length()).replace(' ', '_');
        String text = getTranslation(key, item.actor());
        return text.startsWith("!") ? said : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notes.inbox.title") + " · Annals";
    }
}
