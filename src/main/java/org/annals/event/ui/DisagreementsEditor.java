package org.annals.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.annals.event.Disagreement;
import org.annals.shared.InvalidInputException;

/** Where sources disagree: what each claims, the reading this event uses, and why. Readers see it. */
class DisagreementsEditor extends LinkListEditor<Disagreement> {

    private final TextField topic = new TextField();
    private final TextArea claims = new TextArea();
    private final TextField reading = new TextField();
    private final TextArea rationale = new TextArea();
    private final MultiSelectComboBox<String> sources = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields = Map.of("topic", topic, "claims", claims, "reading", reading,
            "rationale", rationale, "sources", sources);

    /** {@code citedUrls}: the addresses the event cites as the form stands, offered fresh each time the list opens. */
    DisagreementsEditor(Supplier<List<String>> citedUrls) {
        super("editor.disagreements.title", "disagreements-editor");
        column(Disagreement::topic, "editor.disagreements.header.topic");
        column(Disagreement::reading, "editor.disagreements.header.reading");
        finishColumns();
        topic.setLabel(getTranslation("editor.disagreements.topic"));
        claims.setLabel(getTranslation("editor.disagreements.claims"));
        reading.setLabel(getTranslation("editor.disagreements.reading"));
        rationale.setLabel(getTranslation("editor.disagreements.rationale"));
        sources.setLabel(getTranslation("editor.disagreements.sources"));
        sources.setHelperText(getTranslation("editor.disagreements.sources.helper"));
        sources.setId("disagreement-sources");
        sources.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(java.util.Locale.ROOT);
            return citedUrls.get().stream().filter(url -> url.toLowerCase(java.util.Locale.ROOT).contains(filter))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        topic.setId("disagreement-topic");
        claims.setId("disagreement-claims");
        reading.setId("disagreement-reading");
        Button add = new Button(getTranslation("editor.disagreements.add"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                append(new Disagreement(topic.getValue(), claims.getValue(), reading.getValue(), rationale.getValue(),
                        List.copyOf(sources.getSelectedItems())));
            } catch (InvalidInputException ex) {
                HasValidation field = ex.field() == null ? topic : fields.getOrDefault(ex.field(), topic);
                field.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(ex));
                field.setInvalid(true);
            }
        });
        add.setId("add-disagreement");
        FormLayout form = new FormLayout(topic, reading, claims, rationale, sources);
        form.setColspan(sources, 2);
        addForm(form);
        addForm(add);
        submitButton(add, getTranslation("editor.disagreements.update"));
    }

    @Override
    protected void load(Disagreement disagreement) {
        topic.setValue(disagreement.topic());
        claims.setValue(disagreement.claims());
        reading.setValue(disagreement.reading());
        rationale.setValue(disagreement.rationale() == null ? "" : disagreement.rationale());
        sources.setValue(new java.util.LinkedHashSet<>(disagreement.sources()));
    }

    @Override
    protected void clearForm() {
        topic.clear();
        claims.clear();
        reading.clear();
        rationale.clear();
        sources.clear();
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
