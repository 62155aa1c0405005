package org.annals.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.annals.shared.InvalidInputException;

/**
 * Asks for one piece of text before an action (a submission message, a reviewer's comment, a correction note).
 * If the action refuses the text, its message shows at the field and the dialog stays open with the text kept.
 */
public class TextPromptDialog extends Dialog {

    private final TextArea text = new TextArea();

    public TextPromptDialog(String title, String explanation, String fieldLabel, boolean required, String confirmLabel,
            Consumer<String> action) {
        setHeaderTitle(title);
        text.setLabel(fieldLabel);
        text.setWidthFull();
        text.setRequired(required);
        text.setMaxLength(2000);
        text.setId("prompt-text");
        add(new Paragraph(explanation), text);
        Button confirm = new Button(confirmLabel, e -> {
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("form.prompt.required", fieldLabel));
                text.setInvalid(true);
                return;
            }
            try {
                action.accept(text.getValue());
                close();
            } catch (InvalidInputException ex) {
                text.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                text.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("prompt-confirm");
        getFooter().add(new Button(getTranslation("form.prompt.cancel"), e -> close()), confirm);
        setWidth("min(32rem, calc(100vw - 1rem))");
    }

    /** Adds choices under the text (read by the action when it runs): marking a change minor, types to add. */
    public TextPromptDialog with(com.vaadin.flow.component.Component option) {
        add(option);
        return this;
    }
}
