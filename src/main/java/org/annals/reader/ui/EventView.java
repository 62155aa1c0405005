package org.annals.reader.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.event.CitationStance;
import org.annals.event.CitationView;
import org.annals.event.Disagreement;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventMovedException;
import org.annals.event.EventRetractedException;
import org.annals.event.PublishedEventQuery;
import org.annals.annotation.EditorsNote;
import org.annals.annotation.EditorsNotesQuery;
import org.annals.event.SourceView;
import org.annals.shared.DateLabels;
import org.annals.shared.DatePrecision;
import org.annals.shared.MarkdownText;
import org.annals.shared.NotFoundException;
import org.annals.shared.UncertainDate;

/** An event's permalink: its honest dates, place, actors, sources with verbatim quotes, and where sources disagree. */
@Route(value = "timelines/:slug/events/:eventSlug", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class EventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedEventQuery published;
    private final EditorsNotesQuery editorsNotes;
    private String title = "Event";

    EventView(PublishedEventQuery published, EditorsNotesQuery editorsNotes) {
        this.published = published;
        this.editorsNotes = editorsNotes;
        addClassName("annals-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        String eventSlug = event.getRouteParameters().get("eventSlug").orElse("");
        EventDetails details;
        try {
            details = published.event(slug, eventSlug);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        } catch (EventRetractedException e) {
            removeAll();
            showRetraction(slug, e);
            return;
        } catch (EventMovedException e) {
            event.forwardTo(EventView.class, new RouteParameters(java.util.Map.of("slug", slug, "eventSlug", e.newSlug())));
            return;
        }
        removeAll();
        show(details);
    }

    private void show(EventDetails event) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        EventContent content = event.content();
        title = content.headline();
        add(new RouterLink("← " + event.timelineSlug(), TimelineView.class, new RouteParameters("slug", event.timelineSlug())));
        add(new H1(content.headline()));
        Paragraph when = new Paragraph(new Span(event.dateLabel(locale)));
        when.setId("event-date");
        when.addClassName("annals-date");
        add(when, new Paragraph(precisionNote(content.start(), locale) + " EDTF: " + event.edtf()));

        Div facts = new Div();
        facts.add(new Paragraph(getTranslation("event.type") + ": " + content.types().stream().sorted()
                .map(t -> getTranslation("type." + t.name())).collect(Collectors.joining(", ")) + " · "
                + getTranslation("event.confidence") + ": " + getTranslation("confidence." + content.confidence().name())));
        if (content.place().name() != null || content.place().point() != null) {
            String coordinates = content.place().point() == null ? getTranslation("event.noCoordinates")
                    : String.format(Locale.ROOT, "%.3f, %.3f (%s)", content.place().point().latitude(),
                    content.place().point().longitude(), content.place().precision().name().toLowerCase(Locale.ROOT));
            facts.add(new Paragraph(getTranslation("event.place") + ": "
                    + (content.place().name() == null ? "" : content.place().name() + " — ") + coordinates));
        }
        if (!event.actors().isEmpty()) {
            facts.add(new Paragraph(getTranslation("event.actors") + ": " + event.actors().stream()
                    .map(a -> a.name() + " (" + a.role().name().toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining(", "))));
        }
        if (!content.tags().isEmpty()) {
            facts.add(new Paragraph(getTranslation("event.tags") + ": " + String.join(", ", content.tags().stream().sorted().toList())));
        }
        add(facts);
        if (content.summary() != null) {
            add(new Html("<div class=\"annals-summary\">" + MarkdownText.toSafeHtml(content.summary()) + "</div>"));
        }
        java.util.List<EditorsNote> notes = editorsNotes.forPublishedEvent(event.timelineSlug(), event.slug());
        if (!notes.isEmpty()) {
            Div box = new Div(new H2(getTranslation("event.editorsNotes")));
            box.setId("editors-notes");
            box.addClassName("annals-disagreement");
            notes.forEach(n -> box.add(new Html("<div class=\"annals-editors-note\">" + n.bodyHtml() + "</div>")));
            add(box);
        }
        java.util.List<org.annals.event.EventRelation> related = published.relations(event.timelineSlug(), event.slug());
        if (!related.isEmpty()) {
            add(new H2(getTranslation("event.related")));
            UnorderedList relations = new UnorderedList();
            relations.setId("relations");
            related.forEach(r -> relations.add(new ListItem(new Span(getTranslation("event.relatedItem", r.label()) + " "),
                    new RouterLink(r.otherHeadline(), EventView.class,
                            new RouteParameters(java.util.Map.of("slug", event.timelineSlug(), "eventSlug", r.otherSlug()))))));
            add(relations);
        }
        if (!event.disagreements().isEmpty()) {
            add(new H2(getTranslation("event.disagree")));
            Div box = new Div();
            box.setId("disagreements");
            box.addClassName("annals-disagreement");
            event.disagreements().forEach(d -> box.add(disagreement(d)));
            add(box);
        }
        add(new H2(getTranslation("event.sources")));
        UnorderedList sources = new UnorderedList();
        sources.setId("sources");
        // one entry per source, with every passage quoted from it
        event.citations().stream()
                .collect(Collectors.groupingBy(CitationView::source, java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((source, citations) -> sources.add(source(source, citations)));
        add(sources);
    }

    private void showRetraction(String slug, EventRetractedException retraction) {
        title = getTranslation("event.retracted") + ": " + retraction.headline();
        add(new RouterLink("← " + slug, TimelineView.class, new RouteParameters("slug", slug)));
        add(new H1(getTranslation("event.retracted")));
        Paragraph notice = new Paragraph(getTranslation("event.retractedNotice", retraction.headline(),
                DateLabels.of(UncertainDate.day(retraction.retractedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()), getLocale()),
                retraction.note()));
        notice.setId("retraction");
        notice.addClassName("annals-disagreement");
        add(notice, new RouterLink(getTranslation("timeline.corrections"), CorrectionsView.class, new RouteParameters("slug", slug)));
    }

    private String precisionNote(UncertainDate start, Locale locale) {
        if (start.precision() == DatePrecision.DAY) {
            return getTranslation("event.knownToTheDay");
        }
        return getTranslation("event.between", DateLabels.of(UncertainDate.day(start.earliest()), locale),
                DateLabels.of(UncertainDate.day(start.latest()), locale), getTranslation("precision." + start.precision().name()));
    }

    private Div disagreement(Disagreement d) {
        Div div = new Div();
        div.add(new Paragraph(d.topic() + ": " + d.claims()));
        div.add(new Paragraph(getTranslation("event.reading", d.reading() + (d.rationale() == null ? "" : " — " + d.rationale()))));
        return div;
    }

    private ListItem source(SourceView source, java.util.List<CitationView> citations) {
        ListItem item = new ListItem();
        String label = source.publisher() != null ? source.publisher() : source.url();
        Anchor link = new Anchor(source.url(), label, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener nofollow");
        item.add(link);
        if (source.title() != null) {
            item.add(new Span(": " + source.title()));
        }
        if (source.publishedOn() != null) {
            item.add(new Span(" (" + DateLabels.of(UncertainDate.day(source.publishedOn()), getLocale()) + ")"));
        }
        if (source.archiveUrl() != null) {
            item.add(new Span(" "), new Anchor(source.archiveUrl(), getTranslation("event.archived"), AnchorTarget.BLANK));
        }
        for (CitationView c : citations) {
            if (c.stance() != CitationStance.AGREES) {
                item.add(new Paragraph(getTranslation(c.stance() == CitationStance.CONTRADICTS ? "event.contradicts" : "event.context")));
            }
            if (c.quote() != null) {
                Paragraph quote = new Paragraph("“" + c.quote() + "”");
                quote.addClassName("annals-quote");
                item.add(quote);
            }
            if (c.supports() != null) {
                Paragraph supports = new Paragraph(getTranslation("event.supports", c.supports()));
                supports.addClassName("annals-supports");
                item.add(supports);
            }
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return title + " · Annals";
    }
}
