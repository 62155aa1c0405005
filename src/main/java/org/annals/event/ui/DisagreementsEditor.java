package org.annals.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.annals.event.Disagreement;
import org.annals.shared.InvalidInputException;

/** Where sources disagree: what each claims, the reading this event uses, and why. Readers see it. */
class DisagreementsEditor extends LinkListEditor<Disagreement> {

    private final TextField topic = new TextField();
    private final TextArea claims = new TextArea();
    private final TextField reading = new TextField();
    private final TextArea rationale = new TextArea();
    private final Map<String, HasValidation> fields = Map.of("topic", topic, "claims", claims, "reading", reading,
            "rationale", rationale);

    DisagreementsEditor() {
        super("editor.disagreements.title", "disagreements-editor");
        column(Disagreement::topic, "editor.disagreements.header.topic");
        column(Disagreement::reading, "editor.disagreements.header.reading");
        finishColumns();
        topic.setLabel(getTranslation("editor.disagreements.topic"));
        claims.setLabel(getTranslation("editor.disagreements.claims"));
        reading.setLabel(getTranslation("editor.disagreements.reading"));
        rationale.setLabel(getTranslation("editor.disagreements.rationale"));
        topic.setId("disagreement-topic");
        claims.setId("disagreement-claims");
        reading.setId("disagreement-reading");
        Button add = new Button(getTranslation("editor.disagreements.add"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                append(new Disagreement(topic.getValue(), claims.getValue(), reading.getValue(), rationale.getValue()));
            } catch (InvalidInputException ex) {
                HasValidation field = ex.field() == null ? topic : fields.getOrDefault(ex.field(), topic);
                field.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                field.setInvalid(true);
            }
        });
        add.setId("add-disagreement");
        addForm(new FormLayout(topic, reading, claims, rationale));
        addForm(add);
        submitButton(add, getTranslation("editor.disagreements.update"));
    }

    @Override
    protected void load(Disagreement disagreement) {
        topic.setValue(disagreement.topic());
        claims.setValue(disagreement.claims());
        reading.setValue(disagreement.reading());
        rationale.setValue(disagreement.rationale() == null ? "" : disagreement.rationale());
    }

    @Override
    protected void clearForm() {
        topic.clear();
        claims.clear();
        reading.clear();
        rationale.clear();
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
