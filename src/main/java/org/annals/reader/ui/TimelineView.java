package org.annals.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.event.DensityBucket;
import org.annals.event.DensityCount;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventFilterParams;
import org.annals.event.EventType;
import org.annals.event.PlacePrecision;
import org.annals.event.PublishedEventPage;
import org.annals.event.PublishedEventQuery;
import org.annals.shared.DatePrecision;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;

/**
 * A public timeline: a visual timeline fed only with its visible window (events when there are at most
 * {@value #MAX_ITEMS}, density bars otherwise), and the same events as an accessible chronological list. The window,
 * the words searched and the types chosen live in the URL, so a copied link shows the same view.
 */
@Route(value = "timelines/:slug", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class TimelineView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_ITEMS = 1000;
    private static final int PAGE = 100;

    private final PublishedEventQuery published;
    private final VisualTimeline visual = new VisualTimeline();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final EventMap map = new EventMap();
    private final com.vaadin.flow.component.checkbox.Checkbox onlyMapArea =
            new com.vaadin.flow.component.checkbox.Checkbox();
    private final Div selected = new Div();
    private org.annals.event.@Nullable MapArea area;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button();
    private String title = "Timeline";
    private String slug = "";
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable String cursor;

    TimelineView(PublishedEventQuery published) {
        this.published = published;
        addClassName("annals-page");
        list.addClassName("annals-event-list");
        list.setId("events");
        summary.setId("view-summary");
        more.addClickListener(e -> loadPage());
        search.setId("search");
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setLabel(getTranslation("timeline.search"));
        search.setPlaceholder(getTranslation("timeline.searchHint"));
        types.setLabel(getTranslation("timeline.types"));
        onlyMapArea.setLabel(getTranslation("timeline.onlyMapArea"));
        more.setText(getTranslation("timeline.more"));
        types.setItems(EventType.values());
        types.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        types.setId("types");
        search.addValueChangeListener(e -> refresh(true));
        types.addValueChangeListener(e -> refresh(true));
        visual.addWindowChangedListener((start, end) -> {
            if (start.equals(from) && end.equals(to)) {
                return;
            }
            from = start;
            to = end;
            refresh(false);
        });
        // selecting an event on the timeline or the map highlights it on the other and offers its page
        visual.addEventSelectedListener(eventSlug -> {
            map.highlight(eventSlug);
            showSelected(eventSlug);
        });
        map.addEventSelectedListener(eventSlug -> {
            visual.select(eventSlug);
            map.highlight(eventSlug);
            showSelected(eventSlug);
        });
        map.addAreaChangedListener(visible -> {
            area = new org.annals.event.MapArea(Math.max(-90, visible.south()), Math.max(-180, visible.west()),
                    Math.min(90, visible.north()), Math.min(180, visible.east()));
            if (onlyMapArea.getValue()) {
                refresh(true);
            }
        });
        onlyMapArea.setId("only-map-area");
        onlyMapArea.addValueChangeListener(e -> refresh(true));
        selected.setId("selected-event");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        TimelineSummary timeline;
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            timeline = published.timeline(slug);
            from = EventFilterParams.day("from", query.getSingleParameter("from").orElse(null));
            to = EventFilterParams.day("to", query.getSingleParameter("to").orElse(null));
        } catch (NotFoundException | InvalidInputException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        title = timeline.title();
        removeAll();
        add(new H1(timeline.title()));
        if (timeline.description() != null) {
            add(new Paragraph(timeline.description()));
        }
        search.setValue(query.getSingleParameter("q").orElse(""));
        Set<EventType> chosen = EnumSet.noneOf(EventType.class);
        query.getParameters().getOrDefault("type", List.of()).forEach(t -> {
            try {
                chosen.add(EventType.valueOf(t.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // an unknown type in a shared link selects nothing rather than failing the page
            }
        });
        types.setValue(chosen);
        HorizontalLayout filters = new HorizontalLayout(search, types);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, visual, selected, map, onlyMapArea, summary, list, more,
                new RouterLink(getTranslation("timeline.corrections"), CorrectionsView.class, new RouteParameters("slug", slug)));
        add(new EmbedButton(slug, timeline.title()));
        if (from == null || to == null) {
            published.extent(slug, EventFilter.ALL).ifPresent(days -> {
                from = days[0].minusDays(30);
                to = days[1].plusDays(30);
            });
        }
        if (from != null && to != null) {
            visual.setWindow(from, to);
        }
        refresh(false);
    }

    private EventFilter filter(boolean windowed) {
        return new EventFilter(Set.of(), windowed ? from : null, windowed ? to : null, types.getValue(), null,
                search.getValue(), Set.of(), Set.of(), onlyMapArea.getValue() ? area : null);
    }

    private void showSelected(String eventSlug) {
        selected.removeAll();
        try {
            EventDetails event = published.event(slug, eventSlug);
            selected.add(new Span(event.dateLabel(locale()) + " · "), new RouterLink(event.content().headline(),
                    EventView.class, new RouteParameters(Map.of("slug", slug, "eventSlug", eventSlug))));
        } catch (RuntimeException e) {
            // the event left the published timeline meanwhile: nothing to offer
        }
    }

    /** Re-reads the window: events or density for the visual timeline, the first page of the list, the URL. */
    private void refresh(boolean filtersChanged) {
        EventFilter windowed = filter(true);
        int count = published.count(slug, windowed);
        if (count <= MAX_ITEMS) {
            List<VisualTimeline.Item> items = new ArrayList<>();
            List<EventDetails> shown = new ArrayList<>();
            String next = null;
            do {
                PublishedEventPage page = published.page(slug, windowed, next, PublishedEventQuery.MAX_PAGE);
                shown.addAll(page.events());
                page.events().forEach(e -> items.add(item(e)));
                next = page.nextCursor();
            } while (next != null && items.size() < MAX_ITEMS);
            visual.showEvents(items);
            map.showEvents(shown, locale());
        } else {
            DensityBucket bucket = bucketFor(from, to);
            List<VisualTimeline.Bar> bars = published.density(slug, windowed, bucket).stream()
                    .map(d -> new VisualTimeline.Bar(d.start(), next(d, bucket), d.count())).toList();
            visual.showDensity(bars, count);
            map.showEvents(List.of(), Locale.ENGLISH);
        }
        summary.setText(getTranslation("timeline.summary", count));
        list.removeAll();
        cursor = null;
        loadPage();
        updateUrl();
    }

    private static DensityBucket bucketFor(@Nullable LocalDate from, @Nullable LocalDate to) {
        long days = from == null || to == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(from, to);
        return days <= 120 ? DensityBucket.DAY : days <= 3 * 365 ? DensityBucket.WEEK : DensityBucket.MONTH;
    }

    private static LocalDate next(DensityCount count, DensityBucket bucket) {
        return switch (bucket) {
            case DAY -> count.start().plusDays(1);
            case WEEK -> count.start().plusWeeks(1);
            case MONTH -> count.start().plusMonths(1);
            case YEAR -> count.start().plusYears(1);
        };
    }

    private void updateUrl() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (from != null && to != null) {
            params.put("from", List.of(from.toString()));
            params.put("to", List.of(to.toString()));
        }
        if (!search.getValue().isBlank()) {
            params.put("q", List.of(search.getValue()));
        }
        if (!types.getValue().isEmpty()) {
            params.put("type", types.getValue().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList());
        }
        String location = "timelines/" + slug + (params.isEmpty() ? "" : "?" + new QueryParameters(params).getQueryString());
        // a window change can arrive just after the reader left for an event page: never rewrite that page's URL
        getUI().filter(ui -> isAttached() && ("timelines/" + slug).equals(ui.getInternals().getActiveViewLocation().getPath()))
                .ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private VisualTimeline.Item item(EventDetails event) {
        var content = event.content();
        LocalDate start = content.start().earliest();
        LocalDate last = content.end() == null ? content.start().latest()
                : content.end().latest().isAfter(content.start().latest()) ? content.end().latest() : content.start().latest();
        boolean fuzzy = content.start().precision() != DatePrecision.DAY
                || (content.end() != null && content.end().precision() != DatePrecision.DAY);
        String type = content.types().stream().sorted().findFirst().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("other");
        return new VisualTimeline.Item(event.slug(), content.headline(), event.dateLabel(locale()), start,
                last.plusDays(1), fuzzy, type);
    }

    private void loadPage() {
        PublishedEventPage page = published.page(slug, filter(true), cursor, PAGE);
        page.events().forEach(e -> list.add(listItem(e)));
        cursor = page.nextCursor();
        more.setVisible(cursor != null);
    }

    private ListItem listItem(EventDetails event) {
        Span date = new Span(event.dateLabel(locale()));
        date.addClassName("annals-date");
        RouterLink headline = new RouterLink(event.content().headline(), EventView.class,
                new RouteParameters(Map.of("slug", slug, "eventSlug", event.slug())));
        Div meta = new Div();
        event.content().types().stream().sorted().forEach(t -> {
            Span type = new Span(getTranslation("type." + t.name()));
            type.addClassName("annals-type");
            meta.add(type);
        });
        if (event.content().place().name() != null) {
            String precision = event.content().place().precision() == PlacePrecision.NONE
                    ? " (" + getTranslation("event.noCoordinates") + ")" : "";
            meta.add(new Span(event.content().place().name() + precision));
        }
        if (event.sourcesDisagree()) {
            meta.add(new Span(" · " + getTranslation("event.disagree").toLowerCase(locale())));
        }
        ListItem item = new ListItem(date, new Div(headline), meta);
        item.getElement().setAttribute("data-event", event.slug());
        return item;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return title + " · Annals";
    }
}
