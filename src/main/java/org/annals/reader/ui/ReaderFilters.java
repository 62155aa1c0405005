package org.annals.reader.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.annals.event.Confidence;
import org.annals.event.EventFilter;
import org.annals.publication.EventFilterParams;
import org.annals.event.EventType;
import org.annals.event.MapArea;
import org.annals.publication.FacetCount;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The reader's filters: words, types, actor, tags, confidence, "sources disagree", the dates of the window and the
 * lanes of the visual timeline. They are read from a shared link and written back to it with the same parameter
 * names as the API, so a link, the API and an export select the same events. A bad value in a link is left out with
 * a message (see {@link #read}), never an error page.
 */
class ReaderFilters extends Div {

    enum Lanes { NONE, TYPE, ACTOR }

    final TextField search = new TextField();
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>();
    private final ComboBox<String> actor = new ComboBox<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Confidence> confidences = new MultiSelectComboBox<>();
    private final Checkbox disagree = new Checkbox();
    /** At least so many fatalities (the best estimate a data set or an editor gives); empty for any. */
    private final com.vaadin.flow.component.textfield.IntegerField fatalities = new com.vaadin.flow.component.textfield.IntegerField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Lanes> lanes = new Select<>();

    private static java.util.stream.Stream<String> matching(List<FacetCount> facets, String typed) {
        String lower = typed.strip().toLowerCase(Locale.ROOT);
        return facets.stream().map(FacetCount::value).filter(v -> v.toLowerCase(Locale.ROOT).contains(lower));
    }

    ReaderFilters(List<FacetCount> actorNames, List<FacetCount> tagNames) {
        setId("filters");
        search.setId("search");
        search.setClearButtonVisible(true);
        search.setMaxLength(EventFilter.MAX_SEARCH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setLabel(getTranslation("timeline.search"));
        search.setPlaceholder(getTranslation("timeline.searchHint"));
        types.setId("types");
        types.setLabel(getTranslation("timeline.types"));
        types.setItems(EventType.values());
        types.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        actor.setId("actor");
        actor.setLabel(getTranslation("timeline.actor"));
        actor.setClearButtonVisible(true);
        // fetched when a reader opens the list, filtered here: a reader who never does keeps no copy of the names in
        // the session (the facet lists themselves are shared by every reader)
        actor.setItems(query -> matching(actorNames, query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()));
        tags.setId("tags");
        tags.setLabel(getTranslation("timeline.tags"));
        tags.setItems(query -> matching(tagNames, query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()));
        confidences.setId("confidence");
        confidences.setLabel(getTranslation("timeline.confidence"));
        confidences.setItems(Confidence.values());
        confidences.setItemLabelGenerator(c -> getTranslation("confidence." + c.name()));
        disagree.setId("disagree");
        disagree.setLabel(getTranslation("timeline.disagree"));
        fatalities.setId("fatalities");
        fatalities.setLabel(getTranslation("timeline.fatalities"));
        fatalities.setHelperText(getTranslation("timeline.fatalitiesHelper"));
        fatalities.setMin(0);
        fatalities.setMax(org.annals.event.DataSetFields.FATALITIES_MAX);
        fatalities.setClearButtonVisible(true);
        for (DatePicker picker : List.of(from, to)) {
            // ISO and the reader's own short date, month names and first day of the week in the page's language
            org.annals.shared.ui.DateInputs.localised(picker);
        }
        from.setId("from");
        from.setLabel(getTranslation("timeline.from"));
        to.setId("to");
        to.setLabel(getTranslation("timeline.to"));
        lanes.setId("lanes");
        lanes.setLabel(getTranslation("timeline.lanes"));
        lanes.setItems(Lanes.values());
        lanes.setItemLabelGenerator(l -> getTranslation("timeline.lanes." + l.name()));
        lanes.setValue(Lanes.NONE);
        // on a phone the words stay, the rest folds behind "Filters (n)" so the timeline is on the first screen
        add(new org.annals.shared.ui.NarrowFilters(search).secondary(types).secondary(actor).secondary(tags)
                .secondary(confidences).folded(from).folded(to).folded(lanes).secondary(disagree).secondary(fatalities));
    }

    /** Calls back when the reader changes a filter (not the dates or lanes, which have listeners of their own). */
    void addFilterChangeListener(Runnable listener) {
        List.<AbstractField<?, ?>>of(search, types, actor, tags, confidences, disagree, fatalities)
                .forEach(field -> field.addValueChangeListener(e -> listener.run()));
    }

    void addLanesChangeListener(Runnable listener) {
        lanes.addValueChangeListener(e -> listener.run());
    }

    /** Calls back with the dates a reader typed or picked; the visual timeline then moves to them. */
    void addWindowPickedListener(BiConsumer<LocalDate, LocalDate> listener) {
        for (DatePicker picker : List.of(from, to)) {
            picker.addValueChangeListener(e -> {
                if (e.isFromClient() && from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
                    listener.accept(from.getValue(), to.getValue());
                }
            });
        }
    }

    /** Shows the window the timeline is looking at, without calling back. */
    void showWindow(@Nullable LocalDate first, @Nullable LocalDate last) {
        from.setValue(first);
        to.setValue(last);
    }

    Lanes lanes() {
        return lanes.getValue();
    }

    EventFilter filter(@Nullable LocalDate first, @Nullable LocalDate last, @Nullable MapArea area) {
        return new EventFilter(Set.of(), first, last, types.getValue(), actor.getValue(), search.getValue(),
                tags.getValue(), confidences.getValue(), area, disagree.getValue()).withMinFatalities(minFatalities());
    }

    /** The figure typed, when an event can hold it (the field marks any other as invalid, and it filters nothing). */
    private @Nullable Integer minFatalities() {
        Integer value = fatalities.getValue();
        return value == null || value < 0 || value > org.annals.event.DataSetFields.FATALITIES_MAX ? null : value;
    }

    /**
     * Sets the filters from a link's parameters and returns a message for each value that could not be used (and was
     * left out), so a reader who followed a damaged link still sees the timeline and knows what was dropped.
     */
    List<String> read(Map<String, List<String>> query) {
        List<String> problems = new ArrayList<>();
        search.setValue(valid(problems, () -> EventFilterParams.search(single(query, "q")), ""));
        types.setValue(valid(problems, () -> EventFilterParams.types(query.get("type")), Set.of()));
        String actorName = valid(problems, () -> EventFilterParams.words("actor", single(query, "actor")), null);
        actor.setValue(actorName == null || actorName.isBlank() ? null : actorName.strip());
        tags.setValue(valid(problems, () -> EventFilterParams.tags(query.get("tag")), Set.of()));
        confidences.setValue(valid(problems, () -> EventFilterParams.confidences(query.get("confidence")), Set.of()));
        disagree.setValue(valid(problems, () -> EventFilterParams.flag("disagree", single(query, "disagree")), false));
        fatalities.setValue(valid(problems, () -> EventFilterParams.fatalities(single(query, "fatalities")), null));
        lanes.setValue(valid(problems, () -> lanesOf(single(query, "lanes")), Lanes.NONE));
        return problems;
    }

    /** Writes the filters (not the window) as link parameters, in the API's names. */
    void write(Map<String, List<String>> params) {
        if (!search.getValue().isBlank()) {
            params.put("q", List.of(search.getValue()));
        }
        put(params, "type", types.getValue(), t -> t.name().toLowerCase(Locale.ROOT));
        if (actor.getValue() != null) {
            params.put("actor", List.of(actor.getValue()));
        }
        put(params, "tag", tags.getValue(), t -> t);
        put(params, "confidence", confidences.getValue(), c -> c.name().toLowerCase(Locale.ROOT));
        if (disagree.getValue()) {
            params.put("disagree", List.of("true"));
        }
        if (minFatalities() != null) {
            params.put("fatalities", List.of(String.valueOf(minFatalities())));
        }
    }

    void writeLanes(Map<String, List<String>> params) {
        if (lanes.getValue() != Lanes.NONE) {
            params.put("lanes", List.of(lanes.getValue().name().toLowerCase(Locale.ROOT)));
        }
    }

    private static <T> void put(Map<String, List<String>> params, String name, Set<T> values, Function<T, String> text) {
        if (!values.isEmpty()) {
            params.put(name, values.stream().map(text).sorted().toList());
        }
    }

    private static Lanes lanesOf(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Lanes.NONE;
        }
        try {
            return Lanes.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("lanes", "lanes=" + value + " must be type or actor", "link.lanes", value);
        }
    }

    static @Nullable String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The value, or the fallback with the refusal noted. */
    static <T> T valid(List<String> problems, java.util.function.Supplier<T> value, T fallback) {
        try {
            T result = value.get();
            return result == null ? fallback : result;
        } catch (InvalidInputException e) {
            problems.add(org.annals.shared.ui.ErrorTexts.of(e));
            return fallback;
        }
    }
}
