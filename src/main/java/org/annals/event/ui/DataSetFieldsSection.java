package org.annals.event.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.Map;
import org.annals.event.DataSetFields;
import org.annals.event.EventContent;
import org.jspecify.annotations.Nullable;

/**
 * Fatalities (low, best and high estimates) and what a conflict data set records in its own terms (administrative
 * areas, disorder type, interaction), folded away unless the event has any: most events an editor writes have none,
 * and every imported ACLED or UCDP row does.
 */
class DataSetFieldsSection extends Details {

    private final IntegerField low = count("fatalities-low", "editor.fatalities.low");
    private final IntegerField best = count("fatalities-best", "editor.fatalities.best");
    private final IntegerField high = count("fatalities-high", "editor.fatalities.high");
    private final TextField admin1 = text("admin1", "editor.admin1");
    private final TextField admin2 = text("admin2", "editor.admin2");
    private final TextField admin3 = text("admin3", "editor.admin3");
    private final TextField disorderType = text("disorder-type", "editor.disorderType");
    private final TextField interaction = text("interaction", "editor.interaction");
    private final com.vaadin.flow.component.html.Paragraph codes = new com.vaadin.flow.component.html.Paragraph();

    DataSetFieldsSection(Binder<EventForm> binder) {
        setSummaryText(getTranslation("editor.dataSetFields"));
        setId("data-set-fields");
        best.setHelperText(getTranslation("editor.fatalities.helper"));
        binder.forField(low).withValidator(this::inRange).bind(EventForm::getFatalitiesLow, EventForm::setFatalitiesLow);
        binder.forField(best).withValidator(this::inRange).bind(EventForm::getFatalitiesBest, EventForm::setFatalitiesBest);
        binder.forField(high).withValidator(this::inRange).bind(EventForm::getFatalitiesHigh, EventForm::setFatalitiesHigh);
        binder.forField(admin1).bind(EventForm::getAdmin1, EventForm::setAdmin1);
        binder.forField(admin2).bind(EventForm::getAdmin2, EventForm::setAdmin2);
        binder.forField(admin3).bind(EventForm::getAdmin3, EventForm::setAdmin3);
        binder.forField(disorderType).bind(EventForm::getDisorderType, EventForm::setDisorderType);
        binder.forField(interaction).bind(EventForm::getInteraction, EventForm::setInteraction);
        FormLayout layout = new FormLayout(low, best, high, admin1, admin2, admin3, disorderType, interaction);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        codes.setId("data-set-codes");
        codes.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(layout, codes);
    }

    /** Open when the event has any of these fields, so an editor sees what an import recorded. */
    void read(@Nullable EventContent content) {
        setOpened(content != null && !content.data().hasNone());
        String text = content == null ? null : content.data().codesText();
        // the data set's own words, kept as imported so an export in its shape gives them back; not edited here
        codes.setText(text == null ? "" : getTranslation("editor.dataSetCodes", text));
        codes.setVisible(text != null);
    }

    /** The fields by the names {@link DataSetFields} gives in its refusals; "fatalities" is shown at the best estimate. */
    Map<String, com.vaadin.flow.component.HasValidation> fieldsByName() {
        return Map.of("fatalities", best, "admin1", admin1, "admin2", admin2, "admin3", admin3,
                "disorderType", disorderType, "interaction", interaction);
    }

    private ValidationResult inRange(@Nullable Integer count, ValueContext context) {
        return count == null || (count >= 0 && count <= DataSetFields.FATALITIES_MAX) ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("form.event.fatalities", count));
    }

    private IntegerField count(String id, String label) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setMin(0);
        field.setMax(DataSetFields.FATALITIES_MAX);
        return field;
    }

    private TextField text(String id, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(DataSetFields.TEXT_MAX);
        return field;
    }
}
