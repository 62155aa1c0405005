package org.annals.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An editable list of one kind of link (actors, citations, disagreements): a grid of what is there with Edit and
 * Remove per row, and, below it, the small form that adds one — or, after Edit, changes that one in place. Changes
 * stay local until the event is saved.
 */
abstract class LinkListEditor<T> extends VerticalLayout {

    private final List<T> items = new ArrayList<>();
    private final Grid<T> grid = new Grid<>();
    private final Button cancelEdit = new Button(getTranslation("editor.list.cancelEdit"), e -> stopEditing());
    private @Nullable T editing;
    private @Nullable Button submit;
    private String addLabel = "";
    private String updateLabel = "";
    private boolean changed;

    /** @param titleKey the key of the list's heading in the editor bundle */
    LinkListEditor(String titleKey, String id) {
        setPadding(false);
        setId(id);
        grid.setAllRowsVisible(true);
        cancelEdit.setId(id + "-cancel-edit");
        cancelEdit.setVisible(false);
        add(new H3(getTranslation(titleKey)), grid);
    }

    /** A column headed by the text of {@code headerKey} in the editor bundle. */
    protected Grid.Column<T> column(Function<T, String> value, String headerKey) {
        return grid.addColumn(t -> value.apply(t)).setHeader(getTranslation(headerKey)).setFlexGrow(1);
    }

    /** A column whose long text wraps rather than ending in "…" (an archived copy's state): read whole. */
    protected Grid.Column<T> wrappedColumn(Function<T, String> value, String headerKey) {
        return grid.addComponentColumn(t -> {
            com.vaadin.flow.component.html.Span text = new com.vaadin.flow.component.html.Span(value.apply(t));
            text.addClassName("annals-wrap");
            return text;
        }).setHeader(getTranslation(headerKey)).setWidth("16em").setFlexGrow(2);
    }

    protected void finishColumns() {
        grid.addComponentColumn(item -> {
            Button edit = new Button(getTranslation("editor.list.edit"), e -> startEditing(item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.addClassName("annals-edit-link");
            Button remove = new Button(getTranslation("editor.list.remove"), e -> {
                if (item == editing) {
                    stopEditing();
                }
                items.removeIf(each -> each == item);
                changed = true;
                grid.setItems(items);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, remove);
            actions.setSpacing(false);
            actions.addClassName("annals-nowrap");
            return actions;
        // kept in view at the grid's right edge on a phone, where the other columns scroll beneath it
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
    }

    /** Draws every row again (a cell's text read from elsewhere has changed). */
    protected void redraw() {
        grid.getDataProvider().refreshAll();
    }

    protected void addForm(Component form) {
        add(form);
    }

    /** The form's button: it adds an item, or after Edit changes the one being edited ({@code updateLabel}). */
    protected void submitButton(Button button, String updateLabel) {
        this.submit = button;
        this.addLabel = button.getText();
        this.updateLabel = updateLabel;
        add(cancelEdit);
    }

    /** Fills the form with an item's values, for editing it. */
    protected abstract void load(T item);

    /** Empties the form for the next item. */
    protected abstract void clearForm();

    /** Adds the item, or puts it in the place of the one being edited. */
    protected void append(T item) {
        int at = indexOfEdited();
        if (at >= 0) {
            items.set(at, item);
        } else {
            items.add(item);
        }
        changed = true;
        grid.setItems(items);
        stopEditing();
    }

    /** Where the item being edited is, by identity: two equal entries are still two rows. */
    private int indexOfEdited() {
        for (int i = 0; editing != null && i < items.size(); i++) {
            if (items.get(i) == editing) {
                return i;
            }
        }
        return -1;
    }

    private void startEditing(T item) {
        editing = item;
        load(item);
        if (submit != null) {
            submit.setText(updateLabel);
        }
        cancelEdit.setVisible(true);
    }

    private void stopEditing() {
        editing = null;
        clearForm();
        if (submit != null) {
            submit.setText(addLabel);
        }
        cancelEdit.setVisible(false);
    }

    List<T> value() {
        return List.copyOf(items);
    }

    void setValue(List<T> value) {
        items.clear();
        items.addAll(value);
        changed = false;
        stopEditing();
        grid.setItems(items);
    }

    boolean hasChanges() {
        return changed;
    }
}
