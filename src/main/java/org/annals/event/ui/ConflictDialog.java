package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.annals.event.EventContent;
import org.annals.event.EventContentMerge;

/**
 * Someone saved the event while this editor had it open. Shows which fields they changed, which both changed, and
 * offers to apply this editor's changes on top of theirs, or to drop them and reload. Neither version is lost.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(String otherAuthor, EventContentMerge.Result merge, Consumer<EventContent> applyMine, Runnable reload) {
        setHeaderTitle("Someone else saved this event meanwhile");
        setId("conflict");
        add(new Paragraph(otherAuthor + " saved it after you opened it."));
        add(new Paragraph(merge.theirChanges().isEmpty() ? "They changed no field you can edit here."
                : "They changed: " + String.join(", ", merge.theirChanges()) + "."));
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
        getFooter().add(discard, apply);
    }
}
