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
    private final TextField headline = new TextField();
    private final TextArea summary = new TextArea();
    private final TextField start = new TextField();
    private final Span startPreview = new Span();
    private final TextField end = new TextField();
    private final Span endPreview = new Span();
    private final TextArea dateNote = new TextArea();
    private final TextField placeName = new TextField();
    private final NumberField latitude = new NumberField();
    private final NumberField longitude = new NumberField();
    private final Select<PlacePrecision> placePrecision = new Select<>();
    private final CheckboxGroup<EventType> types = new CheckboxGroup<>();
    private final TextField tags = new TextField();
    private final Select<Confidence> confidence = new Select<>();
    private final DataSetFieldsSection dataSet = new DataSetFieldsSection(binder);
    private final Map<String, HasValidation> fieldsByName = new java.util.HashMap<>(Map.ofEntries(Map.entry("headline", headline),
            Map.entry("summary", summary), Map.entry("start", start), Map.entry("end", end),
            Map.entry("dateNote", dateNote),
            Map.entry("placeName", placeName), Map.entry("latitude", latitude), Map.entry("longitude", longitude),
            Map.entry("placePrecision", placePrecision), Map.entry("types", types), Map.entry("tags", tags),
            Map.entry("confidence", confidence)));

    EventCoreForm() {
        headline.setLabel(getTranslation("editor.headline"));
        summary.setLabel(getTranslation("editor.summary"));
        start.setLabel(getTranslation("editor.start"));
        end.setLabel(getTranslation("editor.end"));
        dateNote.setLabel(getTranslation("editor.dateNote"));
        dateNote.setHelperText(getTranslation("editor.dateNote.helper"));
        dateNote.setId("date-note");
        dateNote.setMaxLength(EventContent.DATE_NOTE_MAX);
        placeName.setLabel(getTranslation("editor.place"));
        latitude.setLabel(getTranslation("editor.latitude"));
        longitude.setLabel(getTranslation("editor.longitude"));
        types.setLabel(getTranslation("editor.types"));
        tags.setLabel(getTranslation("editor.tags"));
        headline.setId("headline");
        headline.setMaxLength(EventContent.HEADLINE_MAX);
        headline.setRequiredIndicatorVisible(true);
        summary.setId("summary");
        summary.setMaxLength(EventContent.SUMMARY_MAX);
        start.setId("start");
        start.setRequiredIndicatorVisible(true);
        start.setHelperText(getTranslation("editor.start.helper"));
        end.setId("end");
        // checked once typing pauses: a half-typed "2023-0" is not yet an error worth showing
        start.setValueChangeMode(ValueChangeMode.LAZY);
        headline.setValueChangeMode(ValueChangeMode.LAZY);
        placeName.setValueChangeMode(ValueChangeMode.LAZY);
        placeName.setId("place-name");
        end.setValueChangeMode(ValueChangeMode.LAZY);
        start.addValueChangeListener(e -> preview(start, startPreview));
        end.addValueChangeListener(e -> preview(end, endPreview));
        startPreview.setId("start-preview");
        endPreview.setId("end-preview");
        latitude.setId("latitude");
        longitude.setId("longitude");
        placePrecision.setLabel(getTranslation("editor.placePrecision"));
        placePrecision.setItems(PlacePrecision.values());
        placePrecision.setItemLabelGenerator(p -> getTranslation("form.placePrecision." + p.name()));
        types.setItems(EventType.values());
        types.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        types.setId("types");
        confidence.setLabel(getTranslation("editor.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> getTranslation("confidence." + c.name()));

        // the same rules the server applies (EventContent), told at the field as the editor types, not after Save
        // what the service would refuse is said at the field as it is typed (pasted invisible characters, markup)
        binder.forField(headline).asRequired(getTranslation("editor.headline.required"))
                .withValidator(this::plain).bind(EventForm::getHeadline, EventForm::setHeadline);
        binder.forField(summary).withValidator(this::noControlCharacters).bind(EventForm::getSummary, EventForm::setSummary);
        binder.forField(start).asRequired(getTranslation("editor.start.required")).withValidator(EventCoreForm::edtf)
                .bind(EventForm::getStart, EventForm::setStart);
        binder.forField(end).withValidator(EventCoreForm::edtf).bind(EventForm::getEnd, EventForm::setEnd);
        binder.forField(dateNote).withValidator(this::plain).bind(EventForm::getDateNote, EventForm::setDateNote);
        binder.forField(placeName).withValidator(this::plain).bind(EventForm::getPlaceName, EventForm::setPlaceName);
        binder.forField(latitude).withValidator(v -> v == null || (v >= -90 && v <= 90), getTranslation("editor.latitude.range"))
                .bind(EventForm::getLatitude, EventForm::setLatitude);
        binder.forField(longitude).withValidator(v -> v == null || (v >= -180 && v <= 180), getTranslation("editor.longitude.range"))
                .bind(EventForm::getLongitude, EventForm::setLongitude);
        binder.bind(placePrecision, EventForm::getPlacePrecision, EventForm::setPlacePrecision);
        binder.forField(types).asRequired(getTranslation("editor.types.required")).bind(EventForm::getTypes, EventForm::setTypes);
        types.setRequiredIndicatorVisible(true);
        binder.forField(tags).withValidator(this::noControlCharacters).bind(EventForm::getTags, EventForm::setTags);
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
        add(dateNote, 2);
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
        // a place found by name gives the event its name too, unless the editor already wrote one
        map.addPlacePickedListener(name -> {
            if (placeName.getValue().isBlank()) {
                placeName.setValue(name);
            }
        });
        latitude.addValueChangeListener(e -> map.setPoint(latitude.getValue(), longitude.getValue()));
        longitude.addValueChangeListener(e -> map.setPoint(latitude.getValue(), longitude.getValue()));
        add(map, 2);
        add(types, 2);
        add(tags, confidence);
        add(dataSet, 2);
        fieldsByName.putAll(dataSet.fieldsByName());
    }

    void read(@Nullable EventContent content) {
        binder.readBean(content == null ? new EventForm() : EventForm.of(content));
        dataSet.read(content);
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
                    lead(field, error.getMessage().orElse(getTranslation("editor.checkField")));
                }
            });
            return null;
        }
        MarkdownText.Cleaned cleaned = MarkdownText.stripUnsafe(form.getSummary());
        if (cleaned.changed()) {
            form.setSummary(cleaned.markdown());
            summary.setValue(cleaned.markdown());
            Notifications.error(getTranslation("editor.summary.stripped"));
        }
        return form;
    }

    /** Shows the message at the field it names; false when it names none of this form's fields. */
    boolean showAtField(InvalidInputException e) {
        HasValidation field = e.field() == null ? null : fieldsByName.get(e.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(org.annals.shared.ui.ErrorTexts.of(e));
        field.setInvalid(true);
        lead((Component) field, org.annals.shared.ui.ErrorTexts.of(e));
        return true;
    }

    /** Where the editor's eye is after Save: a message by the button, and the bad field scrolled to and focused. */
    private void lead(Component field, String message) {
        Notifications.error(getTranslation("editor.notSaved", labelOf(field), message));
        field.scrollIntoView();
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private String labelOf(Component field) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel()
                : getTranslation("editor.aField");
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
            return ValidationResult.error(org.annals.shared.ui.ErrorTexts.of(e));
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
                .field("end", end, end).field("dateNote", dateNote, dateNote).field("placeName", placeName, placeName).field("tags", tags, tags);
    }

    private void preview(TextField field, Span preview) {
        String text = field.getValue();
        if (text == null || text.isBlank()) {
            preview.setText("");
            return;
        }
        // the message of a date that cannot be read is the binder's, at the field (edtf below)
        try {
            UncertainDate date = UncertainDate.parse(text);
            preview.setText(getTranslation("editor.readersWillSee", DateLabels.of(date, getLocale())));
        } catch (InvalidInputException e) {
            preview.setText("");
        }
    }

    private com.vaadin.flow.data.binder.ValidationResult noControlCharacters(@org.jspecify.annotations.Nullable String value,
            com.vaadin.flow.data.binder.ValueContext context) {
        return value != null && org.annals.shared.PlainText.hasControlCharacters(value)
                ? com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("editor.text.control"))
                : com.vaadin.flow.data.binder.ValidationResult.ok();
    }

    private com.vaadin.flow.data.binder.ValidationResult plain(@org.jspecify.annotations.Nullable String value,
            com.vaadin.flow.data.binder.ValueContext context) {
        if (value != null && org.annals.shared.PlainText.hasMarkup(value)) {
            return com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("editor.text.markup"));
        }
        return noControlCharacters(value, context);
    }
}
