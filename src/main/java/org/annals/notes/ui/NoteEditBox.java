package org.annals.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.annals.notes.AnnotationService;
import org.annals.notes.Note;

/**
 * An edit box for one's own note: Save hands the text to the panel, which stores it against the version that was
 * edited (a change made meanwhile, in another tab say, is reported as a conflict instead of overwritten) and closes
 * the box only once stored, so after an error the text is still there to fix; Cancel closes it.
 */
class NoteEditBox extends Div {

    NoteEditBox(Note note, Consumer<String> save, Runnable cancel) {
        TextArea field = new TextArea();
        field.setValue(note.body());
        field.setWidthFull();
        field.setMaxLength(AnnotationService.BODY_MAX);
        field.setId("edit-field-" + note.id());
        Button saveButton = new Button(getTranslation("notes.edit.save"), e -> save.accept(field.getValue()));
        saveButton.setId("edit-save-" + note.id());
        Button cancelButton = new Button(getTranslation("notes.edit.cancel"), e -> cancel.run());
        cancelButton.setId("edit-cancel-" + note.id());
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(field, new HorizontalLayout(saveButton, cancelButton));
        addClassName("note-edit");
    }
}
