package org.annals.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Map;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventType;
import org.annals.event.PlacePrecision;
import org.annals.shared.DateLabels;
import org.annals.shared.InvalidInputException;
import org.annals.shared.MarkdownText;
import org.annals.shared.UncertainDate;
import org.annals.shared.ui.EdtfByPrecision;
import org.annals.shared.ui.FormAutosave;
import org.annals.shared.ui.MapPicker;
import org.annals.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an event's content: headline, Markdown summary, dates (EDTF with a live preview and a precision
 * helper), place (typed or picked on the map), types, tags, confidence. Bound to an {@link EventForm} by Binder.
 */
class EventCoreForm extends FormLayout {

    private final Binder<EventForm> binder = new Binder<>(EventForm.class);
    private final TextField headline = new TextField("Headline");
    private final TextArea summary = new TextArea("Summary (Markdown)");
    private final TextField start = new TextField("Start (EDTF)");
    private final Span startPreview = new Span();
    private final TextField end = new TextField("End (EDTF, optional)");
    private final Span endPreview = new Span();
    private final TextField placeName = new TextField("Place");
    private final NumberField latitude = new NumberField("Latitude");
    private final NumberField longitude = new NumberField("Longitude");
    private final Select<PlacePrecision> placePrecision = new Select<>();
    private final CheckboxGroup<EventType> types = new CheckboxGroup<>("Types");
    private final TextField tags = new TextField("Tags (comma-separated)");
    private final Select<Confidence> confidence = new Select<>();
    private final Map<String, HasValidation> fieldsByName = Map.ofEntries(Map.entry("headline", headline),
            Map.entry("summary", summary), Map.entry("start", start), Map.entry("end", end),
            Map.entry("placeName", placeName), Map.entry("latitude", latitude), Map.entry("longitude", longitude),
            Map.entry("placePrecision", placePrecision), Map.entry("types", types), Map.entry("tags", tags),
            Map.entry("confidence", confidence));

    EventCoreForm() {
        headline.setId("headline");
        headline.setMaxLength(EventContent.HEADLINE_MAX);
        headline.setRequiredIndicatorVisible(true);
        summary.setId("summary");
        summary.setMaxLength(EventContent.SUMMARY_MAX);
        start.setId("start");
        start.setRequiredIndicatorVisible(true);
        start.setHelperText("2022-02-24 · 2023-06 · 2023 · 2022-04-02~ (about) · 2023-06-23/2023-06-24");
        end.setId("end");
        // checked once typing pauses: a half-typed "2023-0" is not yet an error worth showing
        start.setValueChangeMode(ValueChangeMode.LAZY);
        end.setValueChangeMode(ValueChangeMode.LAZY);
        start.addValueChangeListener(e -> preview(start, startPreview));
        end.addValueChangeListener(e -> preview(end, endPreview));
        startPreview.setId("start-preview");
        endPreview.setId("end-preview");
        latitude.setId("latitude");
        longitude.setId("longitude");
        placePrecision.setLabel("Place precision");
        placePrecision.setItems(PlacePrecision.values());
        placePrecision.setItemLabelGenerator(p -> p.name().toLowerCase(Locale.ROOT));
        types.setItems(EventType.values());
        types.setItemLabelGenerator(t -> t.name().toLowerCase(Locale.ROOT));
        types.setId("types");
        confidence.setLabel("Confidence");
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> c.name().toLowerCase(Locale.ROOT));

        // the same rules the server applies (EventContent), told at the field as the editor types, not after Save
        binder.forField(headline).asRequired("Write a headline").bind(EventForm::getHeadline, EventForm::setHeadline);
        binder.bind(summary, EventForm::getSummary, EventForm::setSummary);
        binder.forField(start).asRequired("A start date is required").withValidator(EventCoreForm::edtf)
                .bind(EventForm::getStart, EventForm::setStart);
        binder.forField(end).withValidator(EventCoreForm::edtf).bind(EventForm::getEnd, EventForm::setEnd);
        binder.bind(placeName, EventForm::getPlaceName, EventForm::setPlaceName);
        binder.forField(latitude).withValidator(v -> v == null || (v >= -90 && v <= 90), "A latitude lies between -90 and 90")
                .bind(EventForm::getLatitude, EventForm::setLatitude);
        binder.forField(longitude).withValidator(v -> v == null || (v >= -180 && v <= 180), "A longitude lies between -180 and 180")
                .bind(EventForm::getLongitude, EventForm::setLongitude);
        binder.bind(placePrecision, EventForm::getPlacePrecision, EventForm::setPlacePrecision);
        binder.forField(types).asRequired("Choose at least one type").bind(EventForm::getTypes, EventForm::setTypes);
        types.setRequiredIndicatorVisible(true);
        binder.bind(tags, EventForm::getTags, EventForm::setTags);
        binder.bind(confidence, EventForm::getConfidence, EventForm::setConfidence);

        add(headline, 2);
        add(summary, 2);
        EdtfByPrecision startHelper = new EdtfByPrecision(start);
        startHelper.setId("start-helper");
        EdtfByPrecision endHelper = new EdtfByPrecision(end);
        // a grid, so the start's and the end's previews and helpers line up whatever the helper texts' lengths
        Div dates = new Div(start, end, startPreview, endPreview, startHelper, endHelper);
        dates.addClassName("annals-date-grid");
        java.util.List.of(start, startPreview, startHelper).forEach(c -> c.addClassName("annals-date-start"));
        add(dates, 2);
        add(placeName, 2);
        add(latitude, longitude, placePrecision);
        MapPicker map = new MapPicker();
        map.setId("place-map");
        map.addPointPickedListener((lat, lon) -> {
            latitude.setValue(lat);
            longitude.setValue(lon);
            if (placePrecision.getValue() == null || placePrecision.getValue() == PlacePrecision.NONE) {
                placePrecision.setValue(PlacePrecision.APPROXIMATE);
            }
        });
        latitude.addValueChangeListener(e -> map.setPoint(latitude.getValue(), longitude.getValue()));
        longitude.addValueChangeListener(e -> map.setPoint(latitude.getValue(), longitude.getValue()));
        add(map, 2);
        add(types, 2);
        add(tags, confidence);
    }

    void read(@Nullable EventContent content) {
        binder.readBean(content == null ? new EventForm() : EventForm.of(content));
    }

    /**
     * The form as typed, or null when a field is invalid. Unsafe HTML in the summary is stripped first, with a
     * notice, so the editor's text survives instead of being refused.
     */
    @Nullable EventForm write() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        EventForm form = new EventForm();
        BinderValidationStatus<EventForm> status = binder.validate();
        if (!status.isOk() || !binder.writeBeanIfValid(form)) {
            // the first field in error, as the page shows them: say what is wrong there and take the editor to it
            status.getFieldValidationErrors().stream().findFirst().ifPresent(error -> {
                if (error.getField() instanceof Component field) {
                    lead(field, labelOf(field) + ": " + error.getMessage().orElse("check this field"));
                }
            });
            return null;
        }
        MarkdownText.Cleaned cleaned = MarkdownText.stripUnsafe(form.getSummary());
        if (cleaned.changed()) {
            form.setSummary(cleaned.markdown());
            summary.setValue(cleaned.markdown());
            Notifications.error("Scripts, frames, styles or event handlers were removed from the summary; check it reads as you meant");
        }
        return form;
    }

    /** Shows the message at the field it names; false when it names none of this form's fields. */
    boolean showAtField(InvalidInputException e) {
        HasValidation field = e.field() == null ? null : fieldsByName.get(e.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
        lead((Component) field, labelOf((Component) field) + ": " + e.getMessage());
        return true;
    }

    /** Where the editor's eye is after Save: a message by the button, and the bad field scrolled to and focused. */
    private static void lead(Component field, String message) {
        Notifications.error("Not saved. " + message);
        field.scrollIntoView();
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private static String labelOf(Component field) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "A field";
    }

    /** An EDTF date as the server reads it; the parser's own message says what is wrong. */
    private static ValidationResult edtf(String text, ValueContext context) {
        if (text == null || text.isBlank()) {
            return ValidationResult.ok();
        }
        try {
            UncertainDate.parse(text);
            return ValidationResult.ok();
        } catch (InvalidInputException e) {
            return ValidationResult.error(e.getMessage());
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** Registers the text fields whose typing the browser keeps across an expired session. */
    FormAutosave keepTyping(FormAutosave autosave) {
        return autosave.field("headline", headline, headline).field("summary", summary, summary).field("start", start, start)
                .field("end", end, end).field("placeName", placeName, placeName).field("tags", tags, tags);
    }

    private static void preview(TextField field, Span preview) {
        String text = field.getValue();
        if (text == null || text.isBlank()) {
            preview.setText("");
            return;
        }
        // the message of a date that cannot be read is the binder's, at the field (edtf below)
        try {
            UncertainDate date = UncertainDate.parse(text);
            preview.setText("Readers will see: " + DateLabels.of(date, Locale.ENGLISH));
        } catch (InvalidInputException e) {
            preview.setText("");
        }
    }
}
