package org.annals.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.MapArea;
import org.annals.publication.EventFilterParams;
import org.annals.publication.EventWindow;
import org.annals.publication.PublishedEventPage;
import org.annals.publication.PublishedEventQuery;
import org.annals.publication.SearchHighlight;
import org.annals.shared.NotFoundException;
import org.annals.shared.PublicBaseUrl;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;

/**
 * A public timeline: a visual timeline fed only with its visible window (events when there are at most
 * {@value #MAX_ITEMS}, density bars otherwise), optionally in lanes by type or actor, a linked map, and the same
 * events as an accessible chronological list with the words searched for marked. The window, the filters, the lanes,
 * the map area and the selected event live in the URL, so a copied link shows the same view; a bad value in a link
 * is left out with a notice.
 */
@Route(value = "timelines/:slug", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class TimelineView extends Div implements BeforeEnterObserver, com.vaadin.flow.router.AfterNavigationObserver, HasDynamicTitle {

    static final int MAX_ITEMS = PublishedEventQuery.MAX_WINDOW;
    static final int PAGE = 100;

    private final PublishedEventQuery published;
    private final PublicBaseUrl publicBase;
    private final VisualTimeline visual = new VisualTimeline();
    private ReaderFilters filters = new ReaderFilters(List.of(), List.of());
    private final Paragraph summary = new Paragraph();
    private final Div didYouMean = new Div();
    private final Div notice = new Div();
    private final EventMap map = new EventMap();
    private final Checkbox onlyMapArea = new Checkbox();
    private final Div selected = new Div();
    private final ExportLinks exports = new ExportLinks();
    private @Nullable MapArea area;
    private boolean linkedArea;
    private @Nullable String selectedSlug;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button();
    private String title = "Timeline";
    private String slug = "";
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable String cursor;

    TimelineView(PublishedEventQuery published, PublicBaseUrl publicBase) {
        this.published = published;
        this.publicBase = publicBase;
        addClassName("annals-page");
        list.addClassName("annals-event-list");
        list.setId("events");
        summary.setId("view-summary");
        didYouMean.setId("did-you-mean");
        notice.setId("view-notice");
        notice.addClassName("annals-notice");
        notice.getElement().setAttribute("role", "alert");
        more.addClickListener(e -> loadPage());
        // the list's HTML lives only in the browser: when the element is attached anew (the client resynchronised
        // with the server), it is empty there, so the first page is sent again
        list.addAttachListener(e -> {
            if (!e.isInitialAttach() && !slug.isEmpty()) {
                cursor = null;
                loadPage();
            }
        });
        onlyMapArea.setLabel(getTranslation("timeline.onlyMapArea"));
        more.setText(getTranslation("timeline.more"));
        visual.addWindowChangedListener((start, end) -> {
            if (start.equals(from) && end.equals(to)) {
                visual.settled();
                return;
            }
            from = start;
            to = end;
            refresh();
        });
        // selecting an event on the timeline or the map highlights it on the other and offers its page
        visual.addEventSelectedListener(eventSlug -> {
            map.highlight(eventSlug);
            showSelected(eventSlug);
            updateUrl();
        });
        map.addEventSelectedListener(eventSlug -> {
            visual.select(eventSlug);
            map.highlight(eventSlug);
            showSelected(eventSlug);
            updateUrl();
        });
        map.addAreaChangedListener(visible -> {
            // a linked area stays exactly as linked until the reader moves the map (the page's fitting does not count)
            if (linkedArea && !visible.byReader()) {
                return;
            }
            linkedArea = false;
            area = new MapArea(Math.max(-90, visible.south()), Math.max(-180, visible.west()),
                    Math.min(90, visible.north()), Math.min(180, visible.east()));
            if (onlyMapArea.getValue()) {
                refresh();
            }
        });
        onlyMapArea.setId("only-map-area");
        onlyMapArea.addValueChangeListener(e -> {
            map.setFiltering(e.getValue());
            refresh();
        });
        selected.setId("selected-event");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        TimelineSummary timeline;
        try {
            timeline = published.timeline(slug);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        title = timeline.title();
        removeAll();
        add(new H1(timeline.title()));
        if (timeline.description() != null) {
            add(new Paragraph(timeline.description()));
        }
        filters = new ReaderFilters(published.actors(slug), published.tags(slug));
        List<String> problems = new ArrayList<>(filters.read(query));
        readWindow(query, problems);
        area = ReaderFilters.valid(problems, () -> EventFilterParams.area(ReaderFilters.single(query, "area")), null);
        onlyMapArea.setValue(area != null);
        linkedArea = area != null;
        map.setFiltering(area != null);
        if (area != null) {
            map.showArea(area);
        }
        showNotice(problems);
        filters.addFilterChangeListener(this::refresh);
        filters.addLanesChangeListener(this::refresh);
        filters.addWindowPickedListener((first, last) -> {
            from = first;
            to = last;
            visual.setWindow(first, last);
            refresh();
        });
        add(notice, filters, didYouMean, visual, selected, map, EventMap.legend(locale(), this::getTranslation), onlyMapArea, summary, exports, list, more,
                new RouterLink(getTranslation("timeline.corrections"), CorrectionsView.class, new RouteParameters("slug", slug)));
        add(new EmbedButton(publicBase.get(), slug, timeline.title()));
        if (from != null && to != null) {
            visual.setWindow(from, to);
        }
        refresh();
        String chosen = ReaderFilters.single(query, "event");
        if (chosen != null && !chosen.isBlank()) {
            visual.select(chosen);
            map.highlight(chosen);
            showSelected(chosen);
            updateUrl();
        }
    }

    /** The URL shows the whole view once the page is there: the window chosen for a bare link included. */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        updateUrl();
    }

    /** The window from the link, or the whole timeline with a margin when the link has none (or a bad one). */
    private void readWindow(Map<String, List<String>> query, List<String> problems) {
        from = ReaderFilters.valid(problems, () -> EventFilterParams.day("from", ReaderFilters.single(query, "from")), null);
        to = ReaderFilters.valid(problems, () -> EventFilterParams.day("to", ReaderFilters.single(query, "to")), null);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(getTranslation("timeline.windowReversed", from, to));
            from = null;
            to = null;
        }
        java.util.Optional<LocalDate[]> extent = published.extent(slug, EventFilter.ALL);
        if (from != null && to != null && extent.isPresent() && outside(from, to, extent.get())) {
            // a window the timeline cannot show (longer than its widest zoom) or one with none of its events: the
            // whole timeline instead, said so, rather than an empty or clamped view
            problems.add(getTranslation("timeline.windowOutside", from, to));
            from = null;
            to = null;
        }
        if (from == null || to == null) {
            extent.ifPresent(days -> {
                LocalDate[] whole = wholeTimeline(days);
                from = whole[0];
                to = whole[1];
            });
        }
    }

    /** The window a link without one shows: the timeline's first to last day, with a month's margin either side. */
    static LocalDate[] wholeTimeline(LocalDate[] extent) {
        return new LocalDate[] {UncertainDate.withinYears(extent[0].minusDays(30)), UncertainDate.withinYears(extent[1].plusDays(30))};
    }

    /** The filter of a link with no filters, over the given window (what most readers arriving from a link see). */
    static EventFilter unfiltered(LocalDate first, LocalDate last) {
        return new EventFilter(java.util.Set.of(), first, last, java.util.Set.of(), null, "", java.util.Set.of(),
                java.util.Set.of(), null, false);
    }

    /** The visual timeline's widest view (VisualTimeline: zoomMax), in days. */
    static final long WIDEST_DAYS = 365L * 12;

    private static boolean outside(LocalDate first, LocalDate last, LocalDate[] extent) {
        return java.time.temporal.ChronoUnit.DAYS.between(first, last) > WIDEST_DAYS
                || last.isBefore(extent[0]) || first.isAfter(extent[1]);
    }

    private void showNotice(List<String> problems) {
        notice.removeAll();
        notice.setVisible(!problems.isEmpty());
        if (!problems.isEmpty()) {
            notice.add(new Paragraph(getTranslation("timeline.linkProblems")));
            UnorderedList items = new UnorderedList();
            problems.forEach(problem -> items.add(new ListItem(problem)));
            notice.add(items);
        }
    }

    private EventFilter filter() {
        return filters.filter(from, to, onlyMapArea.getValue() ? area : null);
    }

    private void showSelected(String eventSlug) {
        selected.removeAll();
        selectedSlug = null;
        try {
            EventDetails event = published.event(slug, eventSlug);
            selectedSlug = eventSlug;
            selected.add(new Span(event.dateLabel(locale()) + " · "), new RouterLink(event.content().headline(),
                    EventView.class, new RouteParameters(Map.of("slug", slug, "eventSlug", eventSlug))));
            if (event.content().place().point() == null) {
                // selected on the timeline or the list, but nowhere on the map: say why
                Span note = new Span(" " + getTranslation("map.noPlace"));
                note.setId("selected-not-on-map");
                note.addClassName("annals-excerpt");
                selected.add(note);
            }
        } catch (RuntimeException e) {
            // the event left the published timeline meanwhile (or a link named one that never was): nothing to offer
        }
    }

    /** Re-reads the window: events or density for the visual timeline, the first page of the list, the URL. */
    private void refresh() {
        EventFilter windowed = filter();
        filters.showWindow(from, to);
        EventWindow window = published.window(slug, windowed, MAX_ITEMS);
        if (!window.dense()) {
            visual.showEvents(TimelineLanes.of(filters.lanes(), window.items(), this::getTranslation, locale()));
            map.showEvents(window.items(), locale());
        } else {
            List<VisualTimeline.Bar> bars = window.density().stream()
                    .map(d -> new VisualTimeline.Bar(d.start(), window.bucket().after(d.start()), d.count())).toList();
            visual.showDensity(bars, window.total());
            map.showEvents(List.of(), locale());
        }
        String words = filters.search.getValue().strip();
        summary.setText(words.isEmpty() ? getTranslation("timeline.summary", window.total())
                : getTranslation("timeline.searchSummary", window.total(), words));
        didYouMean.removeAll();
        if (!words.isEmpty() && window.total() == 0) {
            // a typo or another spelling: the nearest words of the timeline that find events, one click away
            published.didYouMean(slug, windowed).ifPresent(corrected -> {
                Button apply = new Button(corrected, e -> filters.search.setValue(corrected));
                apply.setId("did-you-mean-apply");
                apply.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
                didYouMean.add(new Span(getTranslation("timeline.didYouMean") + " "), apply);
            });
        }
        cursor = null;
        loadPage();
        updateUrl();
    }

    private void updateUrl() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (from != null && to != null) {
            params.put("from", List.of(from.toString()));
            params.put("to", List.of(to.toString()));
        }
        filters.write(params);
        if (onlyMapArea.getValue() && area != null) {
            params.put("area", List.of(String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f",
                    area.south(), area.west(), area.north(), area.east())));
        }
        exports.show(slug, params);
        filters.writeLanes(params);
        if (selectedSlug != null) {
            params.put("event", List.of(selectedSlug));
        }
        String location = "timelines/" + slug + (params.isEmpty() ? "" : "?" + new QueryParameters(params).getQueryString());
        // a window change can arrive just after the reader left for an event page: never rewrite that page's URL
        getUI().filter(ui -> isAttached() && ("timelines/" + slug).equals(ui.getInternals().getActiveViewLocation().getPath()))
                .ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    /**
     * The next page of the list (the first one after a {@link #refresh}), sent as HTML to add to the list in the
     * browser. The server keeps only the cursor: an element property would hold every page's HTML for as long as the
     * reader stays, which was half of what a reader's session cost (docs/decisions/0011).
     */
    private void loadPage() {
        boolean first = cursor == null;
        PublishedEventPage page = published.page(slug, filter(), cursor, PAGE);
        String words = filters.search.getValue();
        Map<Long, SearchHighlight> marks = words.isBlank() ? Map.of() : published.highlights(slug, page.events(), words);
        StringBuilder html = new StringBuilder();
        page.events().forEach(e -> html.append(EventListHtml.item(e, marks.get(e.id().value()), slug, locale(), this::getTranslation)));
        // then a round trip with nothing in it: Vaadin keeps each UI's last answer in case the browser asks for it
        // again, and this one carries the page's HTML (100 KB) for as long as the reader stays (decision 0039)
        list.getElement().executeJs((first ? "this.innerHTML = $0" : "this.insertAdjacentHTML('beforeend', $0)")
                + "; setTimeout(() => $1.$server.listShown())", html.toString(), getElement());
        cursor = page.nextCursor();
        more.setVisible(cursor != null);
    }

    /** The browser has the list's HTML: the answer that carried it need not be kept (see {@link #loadPage}). */
    @com.vaadin.flow.component.ClientCallable
    private void listShown() {
        // the round trip itself is the point: its answer replaces the large one Vaadin kept for a resend
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return title + " · Annals";
    }
}
