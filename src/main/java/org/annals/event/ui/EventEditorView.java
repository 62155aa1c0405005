package org.annals.event.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.PlacePrecision;
import org.annals.shared.DateLabels;
import org.annals.shared.EditConflictException;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * One form to write an event. Dates are typed as EDTF with a live preview of what readers will see; the server
 * checks everything again and its message lands at the field it concerns.
 */
@Route("editor/events/:id")
@RolesAllowed({"EDITOR", "ADMIN"})
class EventEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventEditingService events;
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
    private final Button save = new Button("Save draft");
    private final H2 heading = new H2();
    private final Map<String, HasValidation> fieldsByName;

    private @Nullable EventDetails current;
    private @Nullable String timelineSlug;

    EventEditorView(EventEditingService events) {
        this.events = events;
        setMaxWidth("60rem");
        headline.setId("headline");
        headline.setMaxLength(EventContent.HEADLINE_MAX);
        headline.setRequiredIndicatorVisible(true);
        summary.setId("summary");
        summary.setMaxLength(EventContent.SUMMARY_MAX);
        start.setId("start");
        start.setRequiredIndicatorVisible(true);
        start.setHelperText("2022-02-24 · 2023-06 · 2023 · 2022-04-02~ (about) · 2023-06-23/2023-06-24");
        end.setId("end");
        start.setValueChangeMode(ValueChangeMode.EAGER);
        end.setValueChangeMode(ValueChangeMode.EAGER);
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
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        binder.bind(headline, EventForm::getHeadline, EventForm::setHeadline);
        binder.bind(summary, EventForm::getSummary, EventForm::setSummary);
        binder.bind(start, EventForm::getStart, EventForm::setStart);
        binder.bind(end, EventForm::getEnd, EventForm::setEnd);
        binder.bind(placeName, EventForm::getPlaceName, EventForm::setPlaceName);
        binder.bind(latitude, EventForm::getLatitude, EventForm::setLatitude);
        binder.bind(longitude, EventForm::getLongitude, EventForm::setLongitude);
        binder.bind(placePrecision, EventForm::getPlacePrecision, EventForm::setPlacePrecision);
        binder.bind(types, EventForm::getTypes, EventForm::setTypes);
        binder.bind(tags, EventForm::getTags, EventForm::setTags);
        binder.bind(confidence, EventForm::getConfidence, EventForm::setConfidence);
        fieldsByName = Map.ofEntries(Map.entry("headline", headline), Map.entry("summary", summary),
                Map.entry("start", start), Map.entry("end", end), Map.entry("placeName", placeName),
                Map.entry("latitude", latitude), Map.entry("longitude", longitude),
                Map.entry("placePrecision", placePrecision), Map.entry("types", types), Map.entry("tags", tags),
                Map.entry("confidence", confidence));

        FormLayout form = new FormLayout();
        form.add(headline, 2);
        form.add(summary, 2);
        form.add(new VerticalLayout(start, startPreview), new VerticalLayout(end, endPreview));
        form.add(placeName, 2);
        form.add(latitude, longitude, placePrecision);
        form.add(types, 2);
        form.add(tags, confidence);
        add(heading, form, new HorizontalLayout(save));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            timelineSlug = event.getLocation().getQueryParameters().getSingleParameter("timeline").orElse(null);
            if (timelineSlug == null) {
                event.forwardTo("editor/events");
                return;
            }
            current = null;
            heading.setText("New event");
            binder.readBean(new EventForm());
            return;
        }
        try {
            current = events.get(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No event " + id);
            return;
        }
        timelineSlug = current.timelineSlug();
        heading.setText("Edit event (" + current.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        binder.readBean(EventForm.of(current.content()));
        boolean editable = current.status() == EventStatus.DRAFT || current.status() == EventStatus.IN_REVIEW;
        save.setEnabled(editable);
        if (!editable) {
            save.setText("Published events change through review");
        }
    }

    private void preview(TextField field, Span preview) {
        String text = field.getValue();
        if (text == null || text.isBlank()) {
            preview.setText("");
            field.setInvalid(false);
            return;
        }
        try {
            UncertainDate date = UncertainDate.parse(text);
            preview.setText("Readers will see: " + DateLabels.of(date, Locale.ENGLISH));
            field.setInvalid(false);
        } catch (InvalidInputException e) {
            preview.setText("");
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void save() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        EventForm form = new EventForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            EventContent content = form.toContent(current == null ? null : current.content());
            current = current == null ? events.createDraft(timelineSlug, content)
                    : events.update(current.id(), current.version(), content);
            Notification.show("Saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("editor/events/" + current.id()));
        } catch (InvalidInputException e) {
            HasValidation field = e.field() == null ? null : fieldsByName.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            } else {
                error(e.getMessage());
            }
        } catch (EditConflictException e) {
            error(e.getMessage());
        }
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "New event" : current.content().headline()) + " · Annals";
    }
}
