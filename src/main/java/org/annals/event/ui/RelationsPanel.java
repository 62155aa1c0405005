package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.function.Consumer;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventRelation;
import org.annals.event.RelationKind;
import org.annals.event.RelationsUpdate;
import org.annals.event.ui.spi.EventPicker;
import org.annals.shared.InvalidInputException;

/**
 * How this event relates to others (shown on both): a campaign and its battles, what followed or caused what,
 * contradictions. Merging a duplicate is a review step (the review bar).
 */
class RelationsPanel extends VerticalLayout {

    private final Grid<EventRelation> grid = new Grid<>();

    /** {@code changed} hears of every relation added or removed here: the editor's own change to the event. */
    RelationsPanel(EventDetails event, EventEditingService events, boolean mayWrite, Consumer<RelationsUpdate> changed) {
        setPadding(false);
        setId("relations-editor");
        grid.addColumn(this::label).setHeader(getTranslation("editor.relations.header.thisEvent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventRelation::otherHeadline).setHeader(getTranslation("editor.relations.header.event")).setFlexGrow(1);
        if (mayWrite) {
            grid.addComponentColumn(r -> {
                Button remove = new Button(getTranslation("editor.list.remove"), e -> show(events.unrelate(event.id(), r.id()), changed));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setItems(events.relations(event.id()));
        add(new H3(getTranslation("editor.relations.title")), grid);

        if (mayWrite) {
            EventPicker other = new EventPicker(getTranslation("editor.relations.other"), event, events);
            other.setId("relation-target");
            other.setWidth("min(28rem, 100%)");
            Select<RelationKind> kind = new Select<>();
            kind.setLabel(getTranslation("editor.relations.kind"));
            kind.setItems(Arrays.stream(RelationKind.values()).filter(k -> k != RelationKind.DUPLICATE_OF).toList());
            kind.setItemLabelGenerator(k -> getTranslation("relation." + k.name() + ".out"));
            kind.setValue(RelationKind.PART_OF);
            kind.setId("relation-kind");
            Button relate = new Button(getTranslation("editor.relations.relate"), e -> {
                if (other.getValue() == null) {
                    other.setErrorMessage(getTranslation("editor.relations.chooseOther"));
                    other.setInvalid(true);
                    return;
                }
                try {
                    show(events.relate(event.id(), kind.getValue(), other.getValue().id()), changed);
                    other.clear();
                } catch (InvalidInputException ex) {
                    other.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                    other.setInvalid(true);
                }
            });
            relate.setId("relate");
            HorizontalLayout form = new HorizontalLayout(kind, other, relate);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(form);
        }
    }

    /** "is part of", "includes"… in this person's language (the readers' bundle names every relation both ways). */
    private String label(EventRelation relation) {
        return getTranslation("relation." + relation.kind().name() + (relation.outgoing() ? ".out" : ".in"));
    }

    private void show(RelationsUpdate update, Consumer<RelationsUpdate> changed) {
        grid.setItems(update.relations());
        changed.accept(update);
    }

}
