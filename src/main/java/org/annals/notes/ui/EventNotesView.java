package org.annals.notes.ui;

import org.annals.event.EventId;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.ui.spi.PresenceBar;
import org.annals.live.LiveBus;
import org.annals.live.Presence;
import org.annals.live.PresenceRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.annals.shared.MarkdownText;
import org.annals.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An event as its team reads it, with the team's notes: the page annotators work on (they do not edit events), and
 * where the inbox leads. Select text in the summary or a quote, then "Use selection" to anchor a note to it.
 */
@Route("editor/notes/:id")
@RolesAllowed({"EDITOR", "REVIEWER", "ANNOTATOR", "ADMIN"})
class EventNotesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventEditingService events;
    private final NotesPanels panels;
    private final LiveBus live;
    private final PresenceRegistry presence;
    private final String me;
    /** One presence entry per open page: this tab is "viewing" the event while attached. */
    private final String presenceKey = java.util.UUID.randomUUID().toString();
    private final PresenceBar presenceBar = new PresenceBar();
    private final Div eventPart = new Div();
    private final Div liveNotice = new Div();
    private final java.util.List<LiveBus.Subscription> subscriptions = new java.util.ArrayList<>();
    private @Nullable String eventHeadline;
    private @Nullable EventDetails shown;

    EventNotesView(EventEditingService events, NotesPanels panels, LiveBus live, PresenceRegistry presence,
            AuthenticationContext authentication) {
        this.events = events;
        this.panels = panels;
        this.live = live;
        this.presence = presence;
        this.me = authentication.getPrincipalName().orElse("");
        setMaxWidth("60rem");
        eventPart.setId("notes-event");
        liveNotice.setId("notes-live-notice");
        addAttachListener(e -> watch(e.getUI()));
        addDetachListener(e -> stopWatching());
    }

    static String path(long eventId) {
        return "/editor/notes/" + eventId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        EventDetails event;
        try {
            event = events.forTeam(EventId.of(Long.parseLong(enter.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            // someone outside the team sees the same as for an event that does not exist
            enter.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    getTranslation("notes.page.notFound"));
            return;
        }
        removeAll();
        showEvent(event);
        liveNotice.removeAll();
        add(presenceBar, liveNotice, eventPart, panels.create(event));
        if (isAttached()) {
            getUI().ifPresent(this::watch);
        }
    }

    /** The event's text as the team reads it now: headline, date and place, summary, quotes. */
    private void showEvent(EventDetails event) {
        shown = event;
        eventHeadline = event.content().headline();
        eventPart.removeAll();
        H2 headline = new H2(event.content().headline());
        headline.setId("notes-headline");
        Div summary = new Div(new Html("<div>" + MarkdownText.toSafeHtml(event.content().summary()) + "</div>"));
        summary.setId("notes-summary");
        eventPart.add(headline, new Paragraph(event.dateLabel(getLocale())
                + (event.content().place().name() == null ? "" : " · " + event.content().place().name())), summary);
        for (CitationView citation : event.citations()) {
            if (citation.quote() != null) {
                eventPart.add(new Paragraph(getTranslation("notes.page.quote", citation.source().url(), citation.quote())));
            }
        }
    }

    /**
     * While open: someone else's save redraws the event's text here (the notes panel follows on its own), and who
     * else has the event open shows at the top, this page among them.
     */
    private void watch(UI ui) {
        stopWatching();
        EventDetails event = shown;
        if (event == null) {
            return;
        }
        subscriptions.add(new EventSaves(live, event.id(), () -> events.forTeam(event.id())).watch(ui, me, (who, updated) -> {
            showEvent(updated);
            liveNotice.removeAll();
            Paragraph notice = new Paragraph(getTranslation("notes.page.savedByOther", who));
            notice.addClassName("annals-disagreement");
            liveNotice.add(notice);
        }));
        subscriptions.add(presence.onChange(notice -> {
            if (notice.eventId() == event.id().value()) {
                ui.access(() -> presenceBar.show(presence.on(event.id().value()), me));
            }
        }));
        presence.here(presenceKey, new Presence(me, event.timelineId().value(), event.id().value(), Presence.Activity.VIEWING, 0));
        presenceBar.show(presence.on(event.id().value()), me);
    }

    private void stopWatching() {
        subscriptions.forEach(LiveBus.Subscription::close);
        subscriptions.clear();
        presence.gone(presenceKey);
    }

    @Override
    public String getPageTitle() {
        String notes = getTranslation("notes.page.title") + " · Annals";
        return eventHeadline == null ? notes : eventHeadline + " · " + notes;
    }
}
