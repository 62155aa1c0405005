package org.annals.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.WorkflowViolationException;
import org.annals.event.ui.spi.EventPicker;
import org.annals.review.ReviewService;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.ui.Notifications;

/**
 * Merges this event, a duplicate, into the event that stays: the reviewer picks it and writes the public note. A
 * refused note shows at its field and the dialog stays open with what was typed.
 */
class MergeDialog extends Dialog {

    private final EventPicker survivor;
    private final TextArea note = new TextArea();

    MergeDialog(EventDetails duplicate, EventEditingService events, ReviewService review,
            Consumer<EventDetails> afterMerge) {
        setHeaderTitle(getTranslation("review.merge.title"));
        survivor = new EventPicker(getTranslation("review.merge.survivor"), duplicate, events);
        survivor.setId("merge-target");
        survivor.setWidthFull();
        note.setLabel(getTranslation("review.merge.note"));
        note.setId("prompt-text");
        note.setWidthFull();
        note.setRequired(true);
        note.setMaxLength(2000);
        add(new Paragraph(getTranslation("review.merge.explanation")), survivor, note);
        Button confirm = new Button(getTranslation("review.merge.confirm"), e -> merge(duplicate, review, afterMerge));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("prompt-confirm");
        getFooter().add(new Button(getTranslation("review.merge.cancel"), e -> close()), confirm);
        setWidth("min(36rem, calc(100vw - 1rem))");
    }

    private void merge(EventDetails duplicate, ReviewService review, Consumer<EventDetails> afterMerge) {
        if (survivor.getValue() == null) {
            survivor.setErrorMessage(getTranslation("review.merge.chooseSurvivor"));
            survivor.setInvalid(true);
            return;
        }
        if (note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("review.merge.noteRequired"));
            note.setInvalid(true);
            return;
        }
        try {
            EventDetails result = review.merge(duplicate.id(), duplicate.version(), survivor.getValue().id(),
                    note.getValue());
            close();
            Notifications.success(getTranslation("review.merge.done"));
            afterMerge.accept(result);
        } catch (InvalidInputException e) {
            note.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(e));
            note.setInvalid(true);
        } catch (WorkflowViolationException | EditConflictException e) {
            Notifications.error(org.annals.shared.ui.ErrorTexts.of(e));
        }
    }
}
