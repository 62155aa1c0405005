package org.annals.notes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Events to annotate", order = 1)
@RolesAllowed("ANNOTATOR")
class EventsToAnnotateView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "editor/to-annotate";

    EventsToAnnotateView(EventEditingService events, TimelineService timelines) {
        List<TimelineSummary> mine = timelines.all();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("notes.toAnnotate.noTeam")));
            return;
        }
        Select<TimelineSummary> timeline = new Select<>();
        timeline.setLabel(getTranslation("notes.toAnnotate.timeline"));
        timeline.setId("annotate-timeline");
        timeline.setItems(mine);
        timeline.setItemLabelGenerator(TimelineSummary::title);
        Grid<EventRow> grid = new Grid<>();
        grid.setId("annotate-events");
        grid.addColumn(row -> row.start().toEdtf()).setHeader(getTranslation("notes.toAnnotate.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> new Anchor(EventNotesView.path(row.id().value()), row.headline())))
                .setHeader(getTranslation("notes.toAnnotate.event"));
        grid.addColumn(row -> getTranslation("form.status." + row.status().name()))
                .setHeader(getTranslation("notes.toAnnotate.status"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addValueChangeListener(e -> grid.setItems(query ->
                events.rowsForTeam(e.getValue().slug(), query.getOffset(), query.getLimit()).stream()));
        timeline.setValue(mine.getFirst());
        setSizeFull();
        grid.setSizeFull();
        add(timeline, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notes.toAnnotate.title") + " · Annals";
    }
}
