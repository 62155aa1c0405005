package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventNotices;
import org.annals.event.EventRow;
import org.annals.event.EventSort;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ui.spi.EventGridMarker;
import org.annals.event.ui.spi.EventScreens;
import org.annals.live.LiveBus;
import org.annals.live.LiveNotice;
import org.annals.live.NoticeKind;
import org.annals.live.PresenceRegistry;
import org.annals.shared.DateLabels;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;

/** Editors' list of a timeline's events: lazy-loaded from SQL, sortable by date or last change, filterable. */
@Route("editor/events")
@Menu(title = "Events", order = 1)
@RolesAllowed({"EDITOR", "REVIEWER", "ADMIN"})
public class EventGridView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** When a row last changed, in this person's language. */
    private final DateTimeFormatter changed = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale())
            .withZone(ZoneOffset.UTC);

    private final EventEditingService events;
    private final ComboBox<TimelineSummary> timeline = new ComboBox<>(getTranslation("editor.grid.filter.timeline"));
    private final TextField text = new TextField(getTranslation("editor.grid.filter.search"));
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>(getTranslation("editor.grid.filter.types"));
    private final MultiSelectComboBox<EventStatus> statuses = new MultiSelectComboBox<>(getTranslation("editor.grid.filter.status"));
    private final ComboBox<String> actor = new ComboBox<>(getTranslation("editor.grid.filter.actor"));
    private final TextField tags = new TextField(getTranslation("editor.grid.filter.tags"));
    private final MultiSelectComboBox<org.annals.event.Confidence> confidences = new MultiSelectComboBox<>(getTranslation("editor.grid.filter.confidence"));
    private final com.vaadin.flow.component.datepicker.DatePicker from = org.annals.shared.ui.DateInputs.localised(new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("editor.grid.filter.from")));
    private final com.vaadin.flow.component.datepicker.DatePicker to = org.annals.shared.ui.DateInputs.localised(new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("editor.grid.filter.to")));
    private final com.vaadin.flow.component.textfield.IntegerField fatalities = new com.vaadin.flow.component.textfield.IntegerField(getTranslation("editor.grid.filter.fatalities"));
    private final Grid<EventRow> grid = new Grid<>();
    /** The most events a bulk action takes at once (the review module's limit), so the most "select all" selects. */
    private static final int SELECT_ALL_UP_TO = 500;
    /** The import whose added events the grid lists ("?import=" history revision, from the import's page), or none. */
    private @org.jspecify.annotations.Nullable Long importRevision;
    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout importFilter = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout wholeList = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
    private final List<Button> wholeListButtons = new java.util.ArrayList<>();
    private final List<EventGridMarker> markers;
    private final List<com.vaadin.flow.component.checkbox.Checkbox> markerFilters = new java.util.ArrayList<>();
    /** Counts per marker for the rows fetched last, filled with each page. */
    private final Map<String, Map<Long, Integer>> markerCounts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<Long, java.util.Set<String>> here = Map.of();
    private final LiveBus live;
    private final PresenceRegistry presence;
    private final List<LiveBus.Subscription> subscriptions = new java.util.ArrayList<>();

    EventGridView(EventEditingService events, TimelineService timelines,
            com.vaadin.flow.spring.security.AuthenticationContext authentication, List<EventGridMarker> markers,
            LiveBus live, PresenceRegistry presence, List<org.annals.event.ui.spi.EventGridAction> actions) {
        this.events = events;
        this.markers = markers;
        this.live = live;
        this.presence = presence;
        setSizeFull();
        List<TimelineSummary> all = timelines.all();
        timeline.setItems(all);
        timeline.setItemLabelGenerator(TimelineSummary::title);
        text.setPlaceholder(getTranslation("editor.grid.filter.searchHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("event-search");
        text.setMaxLength(200);
        types.setItems(EventType.values());
        types.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        statuses.setItems(EventStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("form.status." + s.name()));
        Button create = new Button(getTranslation("editor.newEvent"), e -> timelineSlug().ifPresent(slug -> getUI().ifPresent(ui ->
                EventScreens.toNewEvent(ui, slug))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-event");
        create.setVisible(authentication.hasAnyRole("EDITOR", "ADMIN"));
        confidences.setItems(org.annals.event.Confidence.values());
        confidences.setItemLabelGenerator(c -> getTranslation("confidence." + c.name()));
        actor.setClearButtonVisible(true);
        tags.setClearButtonVisible(true);
        tags.setId("filter-tags");
        tags.setValueChangeMode(ValueChangeMode.LAZY);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setId("filter-from");
        to.setId("filter-to");
        from.setHelperText(getTranslation("editor.grid.filter.fromHelper"));
        // on a phone the timeline and the words stay, the rest folds behind "Filters" so the grid keeps the screen
        org.annals.shared.ui.NarrowFilters filters = new org.annals.shared.ui.NarrowFilters(timeline, text);
        fatalities.setId("filter-fatalities");
        fatalities.setMin(0);
        fatalities.setMax(org.annals.event.DataSetFields.FATALITIES_MAX);
        fatalities.setHelperText(getTranslation("editor.grid.filter.fatalitiesHelper"));
        fatalities.addValueChangeListener(e -> refilter());
        java.util.List.of(types, statuses, actor, tags, confidences, from, to, fatalities).forEach(filters::secondary);
        for (EventGridMarker marker : markers) {
            com.vaadin.flow.component.checkbox.Checkbox only = new com.vaadin.flow.component.checkbox.Checkbox(marker.filterLabel());
            only.setId("filter-" + key(marker));
            only.addValueChangeListener(e -> refilter());
            markerFilters.add(only);
            filters.secondary(only);
        }
        filters.trailing(create);

        Locale locale = getLocale();
        grid.addColumn(row -> DateLabels.of(row.start(), row.end(), locale)).setHeader(getTranslation("editor.grid.header.date"))
                .setKey("date").setSortProperty("date").setAutoWidth(true).setFlexGrow(0);
        // the headline is what editors scan for: it keeps a readable width, and long ones show whole on hover
        grid.addColumn(EventRow::headline).setHeader(getTranslation("editor.grid.header.headline")).setWidth("16em").setFlexGrow(1)
                .setTooltipGenerator(EventRow::headline);
        grid.addColumn(this::typesOf).setHeader(getTranslation("editor.grid.header.types")).setWidth("9em").setFlexGrow(0)
                .setTooltipGenerator(this::typesOf);
        grid.addColumn(row -> getTranslation("form.status." + row.status().name())).setHeader(getTranslation("editor.grid.header.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> changed.format(row.updatedAt())).setHeader(getTranslation("editor.grid.header.changed")).setKey("updated").setSortProperty("updated")
                .setAutoWidth(true).setFlexGrow(0);
        for (EventGridMarker marker : markers) {
            String key = key(marker);
            grid.addColumn(row -> {
                Integer n = markerCounts.getOrDefault(key, Map.of()).get(row.id().value());
                return n == null || n == 0 ? "" : n.toString();
            }).setHeader(marker.header()).setKey(key).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(row -> String.join(", ", here.getOrDefault(row.id().value(), java.util.Set.of()))).setHeader(getTranslation("editor.grid.header.here"))
                .setKey("here").setAutoWidth(true).setFlexGrow(0);
        // rows are one event each, whatever changed in them since: a selection survives a live reload of the rows
        grid.setItems(this::fetch, this::count).setIdentifierProvider(EventRow::id);
        addAttachListener(e -> listen(e.getUI()));
        addDetachListener(e -> stopListening());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("date"), SortDirection.ASCENDING)));
        // a click in the selection column selects; anywhere else it opens the event
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                getUI().ifPresent(ui -> EventScreens.toEditor(ui, e.getItem().id()));
            }
        });
        grid.setId("events-grid");

        timeline.addValueChangeListener(e -> {
            actor.setItems(e.getValue() == null ? List.of()
                    : events.actors(e.getValue().slug()).stream().map(org.annals.event.ActorOption::name).toList());
            refilter();
        });
        actor.addValueChangeListener(e -> refilter());
        tags.addValueChangeListener(e -> refilter());
        confidences.addValueChangeListener(e -> refilter());
        from.addValueChangeListener(e -> refreshWindow());
        to.addValueChangeListener(e -> refreshWindow());
        text.addValueChangeListener(e -> refilter());
        types.addValueChangeListener(e -> refilter());
        statuses.addValueChangeListener(e -> refilter());
        // set last, so the listeners above fill the actor list for it
        all.stream().findFirst().ifPresent(timeline::setValue);
        importFilter.setId("filter-import");
        importFilter.setVisible(false);
        importFilter.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        List<org.annals.event.ui.spi.EventGridAction> offered = actions.stream().filter(org.annals.event.ui.spi.EventGridAction::offered).toList();
        add(filters, importFilter, selectionBar(offered), wholeListBar(offered), grid);
        expand(grid);
    }

    /**
     * With bulk actions on offer, rows can be selected; while some are, a bar says how many and offers the actions.
     * After an action the selection is cleared and the rows reloaded (their status or labels changed).
     */
    private com.vaadin.flow.component.Component selectionBar(List<org.annals.event.ui.spi.EventGridAction> actions) {
        com.vaadin.flow.component.orderedlayout.HorizontalLayout bar = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        bar.setId("selection-actions");
        bar.setVisible(false);
        if (actions.isEmpty()) {
            return bar;
        }
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        com.vaadin.flow.component.html.Span count = new com.vaadin.flow.component.html.Span();
        count.setId("selection-count");
        bar.add(count);
        for (org.annals.event.ui.spi.EventGridAction action : actions) {
            Button button = new Button(action.label(), e -> action.run(grid.getSelectedItems().stream().map(EventRow::id).toList(),
                    () -> {
                        grid.deselectAll();
                        grid.getDataProvider().refreshAll();
                    }));
            button.setId(action.id());
            bar.add(button);
        }
        bar.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        grid.addSelectionListener(e -> {
            int n = e.getAllSelectedItems().size();
            bar.setVisible(n > 0);
            count.setText(getTranslation("editor.grid.selected", n));
        });
        return bar;
    }

    /**
     * When the filters list more events than a selection takes (an import's thousands of drafts), a bar offers the
     * actions that take the whole list in the background; the events are chosen by the same filters when it starts.
     */
    private com.vaadin.flow.component.Component wholeListBar(List<org.annals.event.ui.spi.EventGridAction> actions) {
        wholeList.setId("whole-list-actions");
        wholeList.setVisible(false);
        wholeList.setWrap(true);
        wholeList.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        com.vaadin.flow.component.html.Span count = new com.vaadin.flow.component.html.Span();
        count.setId("whole-list-count");
        wholeList.add(count);
        for (org.annals.event.ui.spi.EventGridAction action : actions) {
            if (action.wholeListLabel() != null) {
                Button button = new Button(action.wholeListLabel(), e -> timelineSlug().ifPresent(slug ->
                        action.runOnWholeList(slug, filter(), listed(), () -> grid.getDataProvider().refreshAll())));
                button.setId(action.id() + "-all");
                wholeListButtons.add(button);
                wholeList.add(button);
            }
        }
        return wholeList;
    }

    /** Other filters, other rows: a selection made under the old ones is dropped, so no action runs on unseen events. */
    private void refilter() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        offerSelectAll();
    }

    /**
     * "Select all" selects every row the filters list, read at once: offered while they are at most as many as a bulk
     * action takes (an import's events, a week), not over a whole timeline.
     */
    private void offerSelectAll() {
        if (grid.getSelectionModel() instanceof com.vaadin.flow.component.grid.GridMultiSelectionModel<EventRow> multi) {
            int listed = listed();
            // marker filters (open threads…) are another module's lists, not filters a job can take up again
            boolean whole = listed > SELECT_ALL_UP_TO && !wholeListButtons.isEmpty()
                    && markerFilters.stream().noneMatch(com.vaadin.flow.component.checkbox.Checkbox::getValue);
            wholeList.setVisible(whole);
            if (whole && wholeList.getComponentAt(0) instanceof com.vaadin.flow.component.html.Span count) {
                count.setText(getTranslation("editor.grid.wholeList", listed, SELECT_ALL_UP_TO));
            }
            multi.setSelectAllCheckboxVisibility(listed > 0 && listed <= SELECT_ALL_UP_TO
                    ? com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.VISIBLE
                    : com.vaadin.flow.component.grid.GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.grid.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("timeline").ifPresent(slug ->
                timeline.getListDataView().getItems().filter(t -> t.slug().equals(slug)).findFirst().ifPresent(timeline::setValue));
        // a link that is not a number lists every event, as if it had no "import" at all
        showImport(event.getLocation().getQueryParameters().getSingleParameter("import").filter(v -> v.matches("[0-9]{1,18}"))
                .map(Long::valueOf).orElse(null));
    }

    /** Lists only the events one import added, saying so with a way back to all, or all events again. */
    private void showImport(@org.jspecify.annotations.Nullable Long revision) {
        importRevision = revision;
        importFilter.removeAll();
        importFilter.setVisible(revision != null);
        if (revision != null) {
            Button all = new Button(getTranslation("editor.grid.import.all"), e -> {
                showImport(null);
                // the address says what the grid shows: a copied link lists all events too
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "editor/events"
                        + timelineSlug().map(slug -> "?timeline=" + slug).orElse("")));
            });
            all.setId("filter-import-clear");
            all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            importFilter.add(new com.vaadin.flow.component.html.Span(getTranslation("editor.grid.import.only")), all);
        }
        refilter();
    }

    /** The figure typed, when it is one an event can hold (an impossible one filters nothing; the field says why). */
    private @org.jspecify.annotations.Nullable Integer minFatalities() {
        Integer value = fatalities.getValue();
        return value == null || value < 0 || value > org.annals.event.DataSetFields.FATALITIES_MAX ? null : value;
    }

    private java.util.Optional<String> timelineSlug() {
        return java.util.Optional.ofNullable(timeline.getValue()).map(TimelineSummary::slug);
    }

    private void refreshWindow() {
        boolean reversed = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(reversed);
        to.setErrorMessage(reversed ? getTranslation("editor.grid.windowReversed") : null);
        if (!reversed) {
            refilter();
        }
    }

    private EventFilter filter() {
        boolean reversed = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        return new EventFilter(statuses.getValue(), reversed ? null : from.getValue(), reversed ? null : to.getValue(),
                types.getValue(), actor.getValue(), text.getValue(),
                java.util.Arrays.stream(tags.getValue().split("[,\\s]+")).collect(java.util.stream.Collectors.toSet()), confidences.getValue())
                .addedBy(importRevision).withMinFatalities(minFatalities());
    }

    private Stream<EventRow> fetch(Query<EventRow, Void> query) {
        return timelineSlug().map(slug -> {
            java.util.Optional<java.util.Set<Long>> only = onlyMarked(slug);
            List<EventRow> rows = only.isPresent()
                    ? events.rowsAmong(slug, filter(), only.get(), sort(query), query.getOffset(), query.getLimit())
                    : events.rows(slug, filter(), sort(query), query.getOffset(), query.getLimit());
            List<Long> ids = rows.stream().map(row -> row.id().value()).toList();
            for (EventGridMarker marker : markers) {
                markerCounts.merge(key(marker), marker.counts(slug, ids), (old, page) -> {
                    Map<Long, Integer> merged = new java.util.HashMap<>(old);
                    ids.forEach(merged::remove);
                    merged.putAll(page);
                    return merged;
                });
            }
            here = presence.onTimeline(timeline.getValue().id().value());
            return rows.stream();
        }).orElseGet(Stream::empty);
    }

    private int count(Query<EventRow, Void> query) {
        return listed();
    }

    private int listed() {
        return timelineSlug().map(slug -> onlyMarked(slug).map(ids -> events.countAmong(slug, filter(), ids))
                .orElseGet(() -> events.count(slug, filter()))).orElse(0);
    }

    /** The events every ticked marker filter allows, or empty when none is ticked. */
    private java.util.Optional<java.util.Set<Long>> onlyMarked(String slug) {
        java.util.Set<Long> result = null;
        for (int i = 0; i < markers.size(); i++) {
            if (markerFilters.get(i).getValue()) {
                java.util.Set<Long> marked = new java.util.HashSet<>(markers.get(i).eventsWithAny(slug));
                if (result != null) {
                    marked.retainAll(result);
                }
                result = marked;
            }
        }
        return java.util.Optional.ofNullable(result);
    }

    private String typesOf(EventRow row) {
        return row.types().stream().map(t -> getTranslation("type." + t.name())).sorted().collect(Collectors.joining(", "));
    }

    private static String key(EventGridMarker marker) {
        return marker.key();
    }

    /** Notes, saves and presence on this timeline show up in the grid without a reload. */
    private void listen(com.vaadin.flow.component.UI ui) {
        stopListening();
        java.util.function.Consumer<LiveNotice> refresh = notice -> {
            TimelineSummary shown = timeline.getValue();
            if (shown != null && (notice.kind() == NoticeKind.RESYNC || notice.timelineId() == shown.id().value())
                    && (notice.kind() == EventNotices.SAVED || notice.kind() == NoticeKind.RESYNC
                        || notice.kind() == NoticeKind.PRESENCE
                        || markers.stream().anyMatch(marker -> marker.changesWith(notice)))) {
                ui.access(() -> {
                    grid.getDataProvider().refreshAll();
                    if (notice.kind() != NoticeKind.PRESENCE) {
                        offerSelectAll(); // an import may have taken the list past what "select all" takes
                    }
                });
            }
        };
        subscriptions.add(live.subscribe(notice -> {
            // presence heartbeats travel on the bus too; the registry tells about real changes only
            if (notice.kind() != NoticeKind.PRESENCE) {
                refresh.accept(notice);
            }
        }));
        subscriptions.add(presence.onChange(refresh));
    }

    private void stopListening() {
        subscriptions.forEach(LiveBus.Subscription::close);
        subscriptions.clear();
    }

    private static EventSort sort(Query<EventRow, Void> query) {
        return query.getSortOrders().stream().findFirst().map(order -> switch (order.getSorted()) {
            case "updated" -> EventSort.UPDATED_DESC;
            default -> order.getDirection() == SortDirection.DESCENDING ? EventSort.DATE_DESC : EventSort.DATE_ASC;
        }).orElse(EventSort.DATE_ASC);
    }
}
