package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventRelation;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.event.EventWorkflowService;
import org.annals.event.RelationKind;
import org.annals.event.WorkflowViolationException;
import org.annals.shared.DateLabels;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.ui.Notifications;
import org.annals.shared.ui.TextPromptDialog;

/**
 * How this event relates to others (shown on both): a campaign and its battles, what followed or caused what,
 * contradictions; and, for reviewers, merging a duplicate into the event that stays.
 */
class RelationsPanel extends VerticalLayout {

    private final Grid<EventRelation> grid = new Grid<>();

    RelationsPanel(EventDetails event, EventEditingService events, EventWorkflowService workflow, boolean mayWrite,
            boolean mayReview, Consumer<EventDetails> afterMerge) {
        setPadding(false);
        setId("relations-editor");
        grid.addColumn(EventRelation::label).setHeader("This event").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventRelation::otherHeadline).setHeader("Event").setFlexGrow(1);
        if (mayWrite) {
            grid.addComponentColumn(r -> {
                Button remove = new Button("Remove", e -> grid.setItems(events.unrelate(event.id(), r.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setItems(events.relations(event.id()));
        add(new H3("Related events"), grid);

        ComboBox<EventRow> other = new ComboBox<>("Other event");
        other.setId("relation-target");
        other.setItemLabelGenerator(r -> DateLabels.of(r.start(), r.end(), Locale.ENGLISH) + " · " + r.headline());
        other.setItems(query -> events.rows(event.timelineSlug(), new EventFilter(Set.of(), null, null, Set.of(), null,
                        query.getFilter().orElse(null)), EventSort.DATE_ASC, query.getOffset(), query.getLimit()).stream()
                .filter(r -> r.id() != event.id()));
        other.setWidth("28rem");
        if (mayWrite) {
            Select<RelationKind> kind = new Select<>();
            kind.setLabel("This event");
            kind.setItems(Arrays.stream(RelationKind.values()).filter(k -> k != RelationKind.DUPLICATE_OF).toList());
            kind.setItemLabelGenerator(k -> k.label(true));
            kind.setValue(RelationKind.PART_OF);
            kind.setId("relation-kind");
            Button relate = new Button("Relate", e -> {
                if (other.getValue() == null) {
                    other.setErrorMessage("Choose the other event");
                    other.setInvalid(true);
                    return;
                }
                try {
                    grid.setItems(events.relate(event.id(), kind.getValue(), other.getValue().id()));
                    other.clear();
                } catch (InvalidInputException ex) {
                    other.setErrorMessage(ex.getMessage());
                    other.setInvalid(true);
                }
            });
            relate.setId("relate");
            HorizontalLayout form = new HorizontalLayout(kind, other, relate);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        if (mayReview) {
            Button merge = new Button("Merge this duplicate into the chosen event", e -> {
                if (other.getValue() == null) {
                    other.setErrorMessage("Choose the event this one duplicates");
                    other.setInvalid(true);
                    return;
                }
                EventRow survivor = other.getValue();
                new TextPromptDialog("Merge into “" + survivor.headline() + "”",
                        "This event's sources and actors move to that event; this one keeps its history and its permalink "
                                + "leads there.", "Note (public, in the corrections log)", true, "Merge",
                        note -> {
                            try {
                                EventDetails result = workflow.merge(event.id(), event.version(), survivor.id(), note);
                                Notifications.success("Merged");
                                afterMerge.accept(result);
                            } catch (WorkflowViolationException | EditConflictException ex) {
                                Notifications.error(ex.getMessage());
                            }
                            // an InvalidInputException (the note) stays in the dialog, at its field
                        }).open();
            });
            merge.setId("merge");
            add(merge);
            if (!mayWrite) {
                add(other);
            }
        }
    }

}
