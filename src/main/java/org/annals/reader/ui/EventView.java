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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.event.CitationStance;
import org.annals.event.CitationView;
import org.annals.event.Disagreement;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.publication.EventMovedException;
import org.annals.publication.EventRetractedException;
import org.annals.publication.PublishedEventQuery;
import org.annals.publication.spi.EditorsNote;
import org.annals.shared.DateLabels;
import org.annals.shared.DatePrecision;
import org.annals.shared.MarkdownText;
import org.annals.shared.NotFoundException;
import org.annals.shared.PublicBaseUrl;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceView;
import org.jspecify.annotations.Nullable;

/** An event's permalink: its honest dates, place, actors, sources with verbatim quotes, and where sources disagree. */
@Route(value = "timelines/:slug/events/:eventSlug", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class EventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedEventQuery published;
    private final PublicBaseUrl publicBase;
    private String title = "Event";

    private final org.annals.source.CaptureService captures;

    EventView(PublishedEventQuery published, PublicBaseUrl publicBase, org.annals.source.CaptureService captures) {
        this.publicBase = publicBase;
        this.published = published;
        this.captures = captures;
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
        java.util.Optional<String> revision = event.getLocation().getQueryParameters().getSingleParameter("revision");
        if (revision.isPresent()) {
            showRevision(slug, eventSlug, revision.get());
            return;
        }
        show(details, RevisionNotice.current(published.revisions(slug, eventSlug), slug, eventSlug, baseUrl(), locale()),
                Optional.of(new RelatedSection(published.relations(slug, eventSlug).stream().map(r -> new Related(r, null))
                        .toList(), true)));
    }

    /** A pinned permalink ({@code ?revision=N}): the event exactly as published then, or a notice saying why not. */
    private void showRevision(String slug, String eventSlug, String revision) {
        int number;
        try {
            number = Integer.parseInt(revision.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            title = getTranslation("revision.badTitle");
            add(RevisionNotice.problem(getTranslation("revision.bad", revision.length() > 40 ? revision.substring(0, 40) : revision),
                    slug, eventSlug));
            return;
        }
        try {
            org.annals.publication.PinnedEvent pinned = published.revision(slug, eventSlug, number);
            // the relations it was published with, each leading to the other event as published at that moment
            show(pinned.event(), RevisionNotice.pinned(pinned, slug, eventSlug, locale()), published.relations(pinned)
                    .map(kept -> new RelatedSection(kept.relations().stream()
                            .map(r -> new Related(r.relation(), r.otherRevision())).toList(), kept.complete())));
        } catch (NotFoundException e) {
            title = getTranslation("revision.badTitle");
            add(RevisionNotice.problem(getTranslation("revision.unknown", number), slug, eventSlug));
        }
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    private String baseUrl() {
        return publicBase.get();
    }

    /** A related event as the page links it: today's page, or ({@code revision}) its page as published then. */
    private record Related(org.annals.event.EventRelation relation, @Nullable Integer revision) {
    }

    /** {@code complete}: false when relations from other events may be missing (see PinnedRelations). */
    private record RelatedSection(List<Related> items, boolean complete) {
    }

    private static RouterLink relatedLink(String timelineSlug, Related related) {
        RouterLink link = new RouterLink(related.relation().otherHeadline(), EventView.class,
                new RouteParameters(java.util.Map.of("slug", timelineSlug, "eventSlug", related.relation().otherSlug())));
        if (related.revision() != null) {
            link.setQueryParameters(QueryParameters.of("revision", related.revision().toString()));
        }
        return link;
    }

    /** {@code related} is empty when not known (a revision published before relations were kept with revisions). */
    private void show(EventDetails event, RevisionNotice revision, Optional<RelatedSection> related) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        EventContent content = event.content();
        title = content.headline();
        add(new RouterLink("← " + event.timelineSlug(), TimelineView.class, new RouteParameters("slug", event.timelineSlug())));
        add(new H1(content.headline()));
        add(revision);
        Paragraph when = new Paragraph(new Span(event.dateLabel(locale)));
        when.setId("event-date");
        when.addClassName("annals-date");
        add(when, new Paragraph(precisionNote(content.start(), locale) + " EDTF: " + event.edtf()));
        if (content.dateNote() != null) {
            Paragraph dateNote = new Paragraph(getTranslation("event.dateNote") + ": " + content.dateNote());
            dateNote.setId("date-note");
            dateNote.addClassName("annals-date-note");
            add(dateNote);
        }

        Div facts = new Div();
        facts.add(new Paragraph(getTranslation("event.type") + ": " + content.types().stream().sorted()
                .map(t -> getTranslation("type." + t.name())).collect(Collectors.joining(", ")) + " · "
                + getTranslation("event.confidence") + ": " + getTranslation("confidence." + content.confidence().name())));
        if (content.place().name() != null || content.place().point() != null) {
            String coordinates = content.place().point() == null ? getTranslation("event.noCoordinates")
                    : String.format(Locale.ROOT, "%.3f, %.3f (%s)", content.place().point().latitude(),
                    content.place().point().longitude(), getTranslation("form.placePrecision." + content.place().precision().name()));
            facts.add(new Paragraph(getTranslation("event.place") + ": "
                    + (content.place().name() == null ? "" : content.place().name() + " — ") + coordinates));
        }
        if (!event.actors().isEmpty()) {
            facts.add(new Paragraph(getTranslation("event.actors") + ": " + event.actors().stream()
                    .map(a -> a.name() + " (" + getTranslation("role." + a.role().name()) + ")").collect(Collectors.joining(", "))));
        }
        DataSetLines.of(content.data(), (key, l, values) -> getTranslation(l, key, values), locale).forEach(line -> {
            Paragraph paragraph = new Paragraph(line);
            paragraph.addClassName("annals-data-set");
            facts.add(paragraph);
        });
        if (!content.tags().isEmpty()) {
            facts.add(new Paragraph(getTranslation("event.tags") + ": " + String.join(", ", content.tags().stream().sorted().toList())));
        }
        add(facts);
        if (content.summary() != null) {
            add(new Html("<div class=\"annals-summary\">" + MarkdownText.toSafeHtml(content.summary()) + "</div>"));
        }
        java.util.List<EditorsNote> notes = published.editorsNotes(event.timelineSlug(), event.slug());
        if (!notes.isEmpty()) {
            Div box = new Div(new H2(getTranslation("event.editorsNotes")));
            box.setId("editors-notes");
            box.addClassName("annals-disagreement");
            notes.forEach(n -> box.add(new Html("<div class=\"annals-editors-note\">" + n.bodyHtml() + "</div>")));
            add(box);
        }
        if (related.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("event.relatedNotKept"));
            unknown.setId("relations-not-kept");
            add(unknown);
        } else if (!related.get().items().isEmpty()) {
            add(new H2(getTranslation("event.related")));
            UnorderedList relations = new UnorderedList();
            relations.setId("relations");
            related.get().items().forEach(r -> relations.add(new ListItem(new Span(getTranslation("event.relatedItem",
                    getTranslation("relation." + r.relation().kind().name() + (r.relation().outgoing() ? ".out" : ".in")))
                    + " "), relatedLink(event.timelineSlug(), r))));
            add(relations);
        }
        if (related.isPresent() && !related.get().complete()) {
            Paragraph incomplete = new Paragraph(getTranslation("event.relatedIncomplete"));
            incomplete.setId("relations-incomplete");
            add(incomplete);
        }
        // the archived copies, link checks and outside copies of the sources (issue 17), read at once, not kept in the session
        var evidence = SourceEvidence.of(captures, event.citations().stream().map(c -> c.source().url()).toList());
        if (!event.disagreements().isEmpty()) {
            add(new H2(getTranslation("event.disagree")));
            Div box = new Div();
            box.setId("disagreements");
            box.addClassName("annals-disagreement");
            event.disagreements().forEach(d -> box.add(disagreement(d, SourceEvidence.named(d, event.citations()), evidence)));
            add(box);
        }
        add(new H2(getTranslation("event.sources")));
        UnorderedList sources = new UnorderedList();
        sources.setId("sources");
        // one entry per source, with every passage quoted from it
        event.citations().stream()
                .collect(Collectors.groupingBy(CitationView::source, java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((source, citations) -> sources.add(source(source, citations, evidence.get(source.url()))));
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

    private Div disagreement(Disagreement d, List<SourceView> named, java.util.Map<String, SourceEvidence> evidence) {
        Div div = new Div();
        div.add(new Paragraph(d.topic() + ": " + d.claims()));
        div.add(new Paragraph(getTranslation("event.reading", d.reading() + (d.rationale() == null ? "" : " — " + d.rationale()))));
        if (!named.isEmpty()) {
            // each source it names opens as it does in the list of sources (the archived copy once the original is gone)
            Paragraph sources = new Paragraph(new Span(getTranslation("event.disagreementSources") + " "));
            sources.addClassName("annals-disagreement-sources");
            for (int i = 0; i < named.size(); i++) {
                SourceView source = named.get(i);
                Anchor link = new Anchor(evidence.get(source.url()).href(source.url()), SourceEvidence.label(source), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", evidence.get(source.url()).rel());
                sources.add(i == 0 ? new Span() : new Span(", "), link);
            }
            div.add(sources);
        }
        return div;
    }

    private ListItem source(SourceView source, java.util.List<CitationView> citations, SourceEvidence evidence) {
        ListItem item = new ListItem();
        String label = SourceEvidence.label(source);
        // an original that is gone leaves the reader with the archived copy: the source's own link leads there
        Anchor link = new Anchor(evidence.href(source.url()), label, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", evidence.rel());
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
        SourceEvidence.Texts texts = this::getTranslation;
        evidence.linkNote(source.url(), getLocale(), texts).ifPresent(note -> {
            Paragraph sentence = new Paragraph(new Span(note.sentence() + " "));
            sentence.addClassName("annals-link-health");
            Anchor address = new Anchor(note.href(), note.label(), AnchorTarget.BLANK);
            address.getElement().setAttribute("rel", "noopener nofollow");
            sentence.add(address);
            item.add(sentence);
        });
        java.util.Set<String> quotesInCopy = java.util.Set.of();
        var copy = evidence.copy();
        if (copy != null) {
            item.add(archivedCopy(copy, texts));
            quotesInCopy = captures.quotesFound(copy.id(), citations.stream().map(CitationView::quote).filter(java.util.Objects::nonNull).toList());
        }
        if (evidence.outside() != null) {
            // a copy an outside archive keeps (found through Memento or made by Save Page Now), when configured
            Anchor external = new Anchor(evidence.outside().mementoUrl(), SourceEvidence.outsideCopy(evidence.outside(), getLocale(), texts),
                    AnchorTarget.BLANK);
            external.getElement().setAttribute("rel", "noopener nofollow");
            external.addClassName("annals-external-copy");
            item.add(new Span(" · "), external);
        }
        for (CitationView c : citations) {
            if (c.stance() != CitationStance.AGREES) {
                item.add(new Paragraph(getTranslation(c.stance() == CitationStance.CONTRADICTS ? "event.contradicts" : "event.context")));
            }
            if (c.quote() != null) {
                Paragraph quote = new Paragraph("“" + c.quote() + "”");
                quote.addClassName("annals-quote");
                item.add(quote);
                if (quotesInCopy.contains(c.quote())) {
                    Paragraph found = new Paragraph(getTranslation("event.quoteFound"));
                    found.addClassName("annals-quote-found");
                    item.add(found);
                }
            }
            if (c.supports() != null) {
                Paragraph supports = new Paragraph(getTranslation("event.supports", c.supports()));
                supports.addClassName("annals-supports");
                item.add(supports);
            }
        }
        return item;
    }

    /** "Archived copy (captured 6 Dec 2026 09:14 UTC, SHA-256 3f2a9c…) · WARC file", served by Annals (ArchivedCopies). */
    private Span archivedCopy(org.annals.source.SourceCapture copy, SourceEvidence.Texts texts) {
        Span box = new Span();
        box.addClassName("annals-archived-copy");
        Anchor open = new Anchor("/archive/" + copy.id(), getTranslation("event.archivedCopy"), AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener");
        Span detail = new Span(" (" + SourceEvidence.captured(copy, getLocale(), texts) + ") · ");
        Anchor warc = new Anchor("/archive/" + copy.id() + "/warc", getTranslation("event.warc"));
        warc.getElement().setAttribute("download", "");
        box.add(new Span(" · "), open, detail, warc);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · Annals";
    }
}
