package org.annals.notes.ui;

import org.annals.event.EventId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.annals.notes.AnnotationService;
import org.annals.notes.ThreadFeed;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.ui.spi.EventEditorPanel;
import org.annals.live.LiveBus;
import org.annals.live.PresenceRegistry;


/** Puts the team's notes into the event editor (through the event module's panel SPI) and the notes page. */
@org.springframework.stereotype.Component
class NotesPanels implements EventEditorPanel {

    private final AnnotationService notes;
    private final EventEditingService events;
    private final ThreadFeed feed;
    private final PresenceRegistry presence;
    private final AuthenticationContext authentication;
    private final LiveBus live;

    NotesPanels(AnnotationService notes, EventEditingService events, ThreadFeed feed,
            PresenceRegistry presence, AuthenticationContext authentication, LiveBus live) {
        this.live = live;
        this.notes = notes;
        this.events = events;
        this.feed = feed;
        this.presence = presence;
        this.authentication = authentication;
    }

    @Override
    public String title() {
        return I18NProvider.translate("notes.panel.title");
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(EventId eventId) {
        return create(events.forTeam(eventId));
    }

    Component create(EventDetails event) {
        return new NotesPanel(event, authentication.getPrincipalName().orElse(""),
                authentication.hasRole("ADMIN"), authentication.hasAnyRole("EDITOR", "ADMIN"),
                authentication.hasAnyRole("REVIEWER", "ADMIN"), notes, feed, presence,
                new EventSaves(live, event.id(), () -> events.forTeam(event.id())));
    }
}
