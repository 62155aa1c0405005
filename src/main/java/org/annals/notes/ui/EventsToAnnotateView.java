package org.annals.notes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.annals.event.EventEditingService;
import org.annals.event.EventRow;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;

/**
 * Where annotators find events: their timelines' events (drafts too), newest change first, each linking to its notes
 * page. Editors and reviewers have the events grid; annotators may not open the editor, so they get this list.
 */
@Route(EventsToAnnotateView.PATH)
@PageTitle("Events to annotate · Annals")
@Menu(title = "Events to annotate", order = 1)
@RolesAllowed("ANNOTATOR")
class EventsToAnnotateView extends VerticalLayout {

    static final String PATH = "editor/to-annotate";

    EventsToAnnotateView(EventEditingService events, TimelineService timelines) {
        List<TimelineSummary> mine = timelines.all();
        if (mine.isEmpty()) {
            add(new Paragraph("You are on no timeline's team yet: ask an administrator to add you."));
            return;
        }
        Select<TimelineSummary> timeline = new Select<>();
        timeline.setLabel("Timeline");
        timeline.setId("annotate-timeline");
        timeline.setItems(mine);
        timeline.setItemLabelGenerator(TimelineSummary::title);
        Grid<EventRow> grid = new Grid<>();
        grid.setId("annotate-events");
        grid.addColumn(row -> row.start().toEdtf()).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> new Anchor(EventNotesView.path(row.id().value()), row.headline())))
                .setHeader("Event (opens its notes)");
        grid.addColumn(row -> row.status().name().toLowerCase(java.util.Locale.ROOT)).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addValueChangeListener(e -> grid.setItems(query ->
                events.rowsForTeam(e.getValue().slug(), query.getOffset(), query.getLimit()).stream()));
        timeline.setValue(mine.getFirst());
        setSizeFull();
        grid.setSizeFull();
        add(timeline, grid);
    }
}
