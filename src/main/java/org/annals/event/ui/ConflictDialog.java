package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.annals.event.EventContent;
import org.annals.event.EventContentMerge;

/**
 * Someone else saved the event while this editor had it open. Shows, for each field they changed, their text in full
 * (and this editor's where both changed it), and offers to apply this editor's changes on top of theirs, or to drop
 * them and reload. Neither version is lost.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(String others, EventContentMerge.Result merge, Consumer<EventContent> applyMine, Runnable reload) {
        setHeaderTitle("Someone else saved this event meanwhile");
        setId("conflict");
        // never wider than a phone screen: the overlay otherwise grows with the longest line of their text
        setMaxWidth("min(44rem, calc(100vw - 1rem))");
        add(new Paragraph(others + " saved it after you opened it."));
        add(new Paragraph(merge.changes().isEmpty() ? "They changed no field you can edit here."
                : "They changed: " + String.join(", ", merge.theirChanges()) + "."));
        merge.changes().forEach(change -> add(field(change)));
        if (!merge.bothChanged().isEmpty()) {
            add(new Paragraph("You both changed: " + String.join(", ", merge.bothChanged())
                    + ". Applying yours replaces theirs there (their version stays in the history)."));
        }
        Button apply = new Button("Apply my changes on top of theirs", e -> {
            close();
            applyMine.accept(merge.merged());
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("apply-mine");
        Button discard = new Button("Discard mine and reload", e -> {
            close();
            reload.run();
        });
        discard.setId("discard-mine");
        getFooter().add(discard, apply);
    }

    /** One changed field: their text, whole (a reviewer of their own work must see what they would replace). */
    private static Div field(EventContentMerge.TheirChange change) {
        Div box = new Div(new H4(change.field()));
        box.addClassName("annals-conflict-field");
        box.add(text("Theirs", change.theirs(), "conflict-theirs"));
        if (change.bothChanged()) {
            box.add(text("Yours", change.mine(), "conflict-mine"));
        }
        return box;
    }

    private static Paragraph text(String whose, String value, String className) {
        Paragraph p = new Paragraph(whose + ": " + (value.isEmpty() ? "(empty)" : value));
        p.addClassName(className);
        return p;
    }
}
