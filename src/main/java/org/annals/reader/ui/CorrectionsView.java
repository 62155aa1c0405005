package org.annals.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.publication.CorrectionEntry;
import org.annals.publication.CorrectionKind;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.DateLabels;
import org.annals.shared.NotFoundException;
import org.annals.shared.UncertainDate;

/** A timeline's public corrections log: every retraction and substantive correction, with its date and note. */
@Route(value = "timelines/:slug/corrections", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class CorrectionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedEventQuery published;
    private String title = "Corrections";

    CorrectionsView(PublishedEventQuery published) {
        this.published = published;
        addClassName("annals-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        List<CorrectionEntry> entries;
        String timelineTitle;
        try {
            timelineTitle = published.timeline(slug).title();
            entries = published.corrections(slug);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
            return;
        }
        removeAll();
        title = getTranslation("corrections.title") + " · " + timelineTitle;
        add(new RouterLink("← " + timelineTitle, TimelineView.class, new RouteParameters("slug", slug)));
        add(new H1(getTranslation("corrections.title")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("corrections.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("corrections");
        for (CorrectionEntry entry : entries) {
            ListItem item = new ListItem();
            item.add(new Span(DateLabels.of(UncertainDate.day(entry.madeAt().atZone(ZoneOffset.UTC).toLocalDate()), getLocale())
                    + " · " + getTranslation(kindKey(entry)) + ": "));
            item.add(new RouterLink(entry.headline(), EventView.class,
                    new RouteParameters(Map.of("slug", slug, "eventSlug", entry.eventSlug()))));
            if (entry.revision() != null) {
                // the correction's own text, as published then: later corrections do not rewrite what it changed
                RouterLink revision = RevisionNotice.link(getTranslation("corrections.revision", entry.revision()), slug,
                        entry.eventSlug(), entry.revision());
                revision.addClassName("annals-correction-revision");
                item.add(new Span(" · "), revision);
            }
            item.add(new Paragraph(note(entry, this::getTranslation)));
            if (entry.minor()) {
                item.addClassName("annals-correction-minor");
            }
            list.add(item);
        }
        add(list);
    }

    static String kindKey(CorrectionEntry entry) {
        if (entry.kind() == CorrectionKind.RETRACTION) {
            return "corrections.retracted";
        }
        return entry.minor() ? "corrections.minor" : "corrections.corrected";
    }

    /** A person's note as written; a generated line names the changed parts in the reader's language. */
    static String note(CorrectionEntry entry, java.util.function.BiFunction<String, Object[], String> text) {
        if (entry.changedParts().isEmpty()) {
            return entry.note();
        }
        return text.apply("corrections.updated", new Object[] {entry.changedParts().stream()
                .map(part -> text.apply("corrections.part." + part.replace(' ', '-'), new Object[0]))
                .collect(Collectors.joining(", "))});
    }

    @Override
    public String getPageTitle() {
        return title + " · Annals";
    }
}
