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
    private @Nullable String eventHeadline;

    EventNotesView(EventEditingService events, NotesPanels panels) {
        this.events = events;
        this.panels = panels;
        setMaxWidth("60rem");
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
        eventHeadline = event.content().headline();
        H2 headline = new H2(event.content().headline());
        headline.setId("notes-headline");
        Div summary = new Div(new Html("<div>" + MarkdownText.toSafeHtml(event.content().summary()) + "</div>"));
        summary.setId("notes-summary");
        add(headline, new Paragraph(event.dateLabel(getLocale())
                + (event.content().place().name() == null ? "" : " · " + event.content().place().name())), summary);
        for (CitationView citation : event.citations()) {
            if (citation.quote() != null) {
                add(new Paragraph(getTranslation("notes.page.quote", citation.source().url(), citation.quote())));
            }
        }
        add(panels.create(event));
    }

    @Override
    public String getPageTitle() {
        String notes = getTranslation("notes.page.title") + " · Annals";
        return eventHeadline == null ? notes : eventHeadline + " · " + notes;
    }
}
