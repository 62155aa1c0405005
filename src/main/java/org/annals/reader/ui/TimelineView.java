package org.annals.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.PlacePrecision;
import org.annals.event.PublishedEventPage;
import org.annals.event.PublishedEventQuery;
import org.annals.shared.NotFoundException;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;

/**
 * A public timeline as a chronological list: honest dates, types and places, each event linking to its permalink.
 * Pages of events load on request, so a long timeline costs the reader only what they read.
 */
@Route(value = "timelines/:slug", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class TimelineView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 100;

    private final PublishedEventQuery published;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button("Show more events");
    private String title = "Timeline";
    private String slug = "";
    private @Nullable String cursor;

    TimelineView(PublishedEventQuery published) {
        this.published = published;
        addClassName("annals-page");
        list.addClassName("annals-event-list");
        list.setId("events");
        more.addClickListener(e -> loadPage());
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
        title = timeline.title();
        removeAll();
        list.removeAll();
        cursor = null;
        add(new H1(timeline.title()));
        if (timeline.description() != null) {
            add(new Paragraph(timeline.description()));
        }
        int count = published.count(slug, EventFilter.ALL);
        add(new Paragraph(count + " published events, oldest first. Dates show what is known: a day, a month, "
                + "a span, or \"c.\" for about a day."));
        add(list, more, new RouterLink("Corrections and retractions", CorrectionsView.class, new RouteParameters("slug", slug)));
        loadPage();
    }

    private void loadPage() {
        PublishedEventPage page = published.page(slug, EventFilter.ALL, cursor, PAGE);
        page.events().forEach(e -> list.add(item(e)));
        cursor = page.nextCursor();
        more.setVisible(cursor != null);
    }

    private ListItem item(EventDetails event) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        Span date = new Span(event.dateLabel(locale));
        date.addClassName("annals-date");
        RouterLink headline = new RouterLink(event.content().headline(), EventView.class,
                new RouteParameters(java.util.Map.of("slug", slug, "eventSlug", event.slug())));
        Div meta = new Div();
        event.content().types().stream().sorted().forEach(t -> {
            Span type = new Span(t.name().toLowerCase(Locale.ROOT));
            type.addClassName("annals-type");
            meta.add(type);
        });
        if (event.content().place().name() != null) {
            String precision = event.content().place().precision() == PlacePrecision.NONE ? " (no coordinates)" : "";
            meta.add(new Span(event.content().place().name() + precision));
        }
        if (event.sourcesDisagree()) {
            Span disagree = new Span(" · sources disagree");
            meta.add(disagree);
        }
        ListItem item = new ListItem(date, new Div(headline), meta);
        item.getElement().setAttribute("data-event", event.slug());
        return item;
    }

    @Override
    public String getPageTitle() {
        return title + " · Annals";
    }
}
