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
        setHeaderTitle(getTranslation("editor.conflict.title"));
        setId("conflict");
        // never wider than a phone screen: the overlay otherwise grows with the longest line of their text
        setMaxWidth("min(44rem, calc(100vw - 1rem))");
        add(new Paragraph(getTranslation("editor.conflict.savedAfter", others)));
        add(new Paragraph(merge.changes().isEmpty() ? getTranslation("editor.conflict.noFields")
                : getTranslation("editor.conflict.theyChanged", names(merge.theirChanges()))));
        merge.changes().forEach(change -> add(field(change)));
        if (!merge.bothChanged().isEmpty()) {
            add(new Paragraph(getTranslation("editor.conflict.bothChanged", names(merge.bothChanged()))));
        }
        Button apply = new Button(getTranslation("editor.conflict.applyMine"), e -> {
            close();
            applyMine.accept(merge.merged());
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("apply-mine");
        Button discard = new Button(getTranslation("editor.conflict.discardMine"), e -> {
            close();
            reload.run();
        });
        discard.setId("discard-mine");
        getFooter().add(discard, apply);
    }

    /** Fields' names (English in the merge) as this person reads them, one list. */
    private static String names(java.util.Collection<String> fields) {
        return fields.stream().map(ChangeText::fieldName).collect(java.util.stream.Collectors.joining(", "));
    }

    /** One changed field: their text, whole (a reviewer of their own work must see what they would replace). */
    private Div field(EventContentMerge.TheirChange change) {
        Div box = new Div(new H4(ChangeText.fieldName(change.field())));
        box.addClassName("annals-conflict-field");
        box.add(text("editor.conflict.theirs", change.theirs(), "conflict-theirs"));
        if (change.bothChanged()) {
            box.add(text("editor.conflict.yours", change.mine(), "conflict-mine"));
        }
        return box;
    }

    private Paragraph text(String whoseKey, String value, String className) {
        Paragraph p = new Paragraph(getTranslation(whoseKey, value.isEmpty() ? getTranslation("editor.conflict.empty") : value));
        p.addClassName(className);
        return p;
    }
}
