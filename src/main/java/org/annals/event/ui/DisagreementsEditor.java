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

    private final TextField topic = new TextField("Topic (e.g. the date)");
    private final TextArea claims = new TextArea("What the sources claim");
    private final TextField reading = new TextField("Reading this event uses");
    private final TextArea rationale = new TextArea("Why");
    private final Map<String, HasValidation> fields = Map.of("topic", topic, "claims", claims, "reading", reading,
            "rationale", rationale);

    DisagreementsEditor() {
        super("Where sources disagree", "disagreements-editor");
        column(Disagreement::topic, "Topic");
        column(Disagreement::reading, "Reading used");
        finishColumns();
        topic.setId("disagreement-topic");
        claims.setId("disagreement-claims");
        reading.setId("disagreement-reading");
        Button add = new Button("Record disagreement", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                append(new Disagreement(topic.getValue(), claims.getValue(), reading.getValue(), rationale.getValue()));
            } catch (InvalidInputException ex) {
                HasValidation field = ex.field() == null ? topic : fields.getOrDefault(ex.field(), topic);
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            }
        });
        add.setId("add-disagreement");
        addForm(new FormLayout(topic, reading, claims, rationale));
        addForm(add);
        submitButton(add, "Update disagreement");
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
