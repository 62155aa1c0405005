package org.annals.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An editable list of one kind of link (actors, citations, disagreements): a grid of what is there with a remove
 * button per row, and, below it, the small form that adds one. Changes stay local until the event is saved.
 */
abstract class LinkListEditor<T> extends VerticalLayout {

    private final List<T> items = new ArrayList<>();
    private final Grid<T> grid = new Grid<>();
    private boolean changed;

    LinkListEditor(String title, String id) {
        setPadding(false);
        setId(id);
        grid.setAllRowsVisible(true);
        add(new H3(title), grid);
    }

    protected Grid.Column<T> column(Function<T, String> value, String header) {
        return grid.addColumn(t -> value.apply(t)).setHeader(header).setFlexGrow(1);
    }

    protected void finishColumns() {
        grid.addComponentColumn(item -> {
            Button remove = new Button("Remove", e -> {
                items.remove(item);
                changed = true;
                grid.setItems(items);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
    }

    protected void addForm(Component form) {
        add(form);
    }

    protected void append(T item) {
        items.add(item);
        changed = true;
        grid.setItems(items);
    }

    List<T> value() {
        return List.copyOf(items);
    }

    void setValue(List<T> value) {
        items.clear();
        items.addAll(value);
        changed = false;
        grid.setItems(items);
    }

    boolean hasChanges() {
        return changed;
    }
}
