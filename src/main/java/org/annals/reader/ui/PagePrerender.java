package org.annals.reader.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.publication.CorrectionEntry;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.DatePrecision;
import org.annals.shared.DateLabels;
import org.annals.shared.MarkdownText;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceView;
import org.annals.timeline.TimelineService;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The home page, an event's page and the corrections log written into their first HTML, as {@link TimelinePrerender}
 * does for a timeline: a reader without JavaScript (or before it runs) reads the page's text and follows its links;
 * the live view replaces this copy when it is drawn. A pinned revision ({@code ?revision=}) is left to the live view.
 */
@Component
class PagePrerender implements VaadinServiceInitListener {

    private static final Pattern EVENT = Pattern.compile("/timelines/([a-z0-9-]+)/events/([a-z0-9-]+)/?");
    private static final Pattern CORRECTIONS = Pattern.compile("/timelines/([a-z0-9-]+)/corrections/?");

    private final PublishedEventQuery published;
    private final TimelineService timelines;
    private final I18NProvider texts;
    private final org.annals.source.CaptureService captures;

    PagePrerender(PublishedEventQuery published, TimelineService timelines, I18NProvider texts,
            org.annals.source.CaptureService captures) {
        this.published = published;
        this.timelines = timelines;
        this.texts = texts;
        this.captures = captures;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::prerender);
    }

    private void prerender(IndexHtmlResponse response) {
        String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("/");
        Locale locale = RequestLanguage.of(response.getVaadinRequest(),
                Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getLocale).orElse(null));
        Element page = new Element("div");
        try {
            Matcher event = EVENT.matcher(path);
            Matcher corrections = CORRECTIONS.matcher(path);
            if (path.equals("/") || path.isEmpty()) {
                home(page, locale);
                response.getDocument().title(text("home.pageTitle", locale));
            } else if (event.matches() && response.getVaadinRequest().getParameter("revision") == null) {
                event(page, org.annals.reader.web.RequestedEvent.of(response.getVaadinRequest()::getAttribute, response.getVaadinRequest()::setAttribute, published, event.group(1), event.group(2)), locale);
            } else if (corrections.matches()) {
                corrections(page, corrections.group(1), locale);
                // the live view's title, in the first HTML already
                response.getDocument().title(text("corrections.title", locale) + " · "
                        + published.timeline(corrections.group(1)).title() + " · Annals");
            } else {
                return;
            }
        } catch (RuntimeException e) {
            return; // missing, moved or retracted: the live view (or the 404 page) says so
        }
        response.getDocument().body().prependChild(TimelinePrerender.copy(page, locale, key -> text(key, locale)));
    }

    private void home(Element page, Locale locale) {
        page.appendElement("h1").text(text("home.title", locale));
        timelines.publicTimelines().forEach(t -> {
            page.appendElement("h2").appendElement("a").attr("href", "/timelines/" + t.slug()).text(t.title());
            if (t.description() != null) {
                page.appendElement("p").text(t.description());
            }
        });
    }

    private void event(Element page, EventDetails event, Locale locale) {
        var content = event.content();
        page.appendElement("a").attr("href", "/timelines/" + event.timelineSlug()).text("← " + event.timelineSlug());
        page.appendElement("h1").text(content.headline());
        page.appendElement("p").addClass("annals-date").text(event.dateLabel(locale));
        UncertainDate start = content.start();
        page.appendElement("p").text((start.precision() == DatePrecision.DAY ? text("event.knownToTheDay", locale)
                : text("event.between", locale, DateLabels.of(UncertainDate.day(start.earliest()), locale),
                DateLabels.of(UncertainDate.day(start.latest()), locale), text("precision." + start.precision().name(), locale)))
                + " EDTF: " + event.edtf());
        if (content.dateNote() != null) {
            page.appendElement("p").addClass("annals-date-note")
                    .text(text("event.dateNote", locale) + ": " + content.dateNote());
        }
        page.appendElement("p").text(text("event.type", locale) + ": " + content.types().stream().sorted()
                .map(t -> text("type." + t.name(), locale)).collect(Collectors.joining(", ")) + " · "
                + text("event.confidence", locale) + ": " + text("confidence." + content.confidence().name(), locale));
        if (content.place().name() != null) {
            page.appendElement("p").text(text("event.place", locale) + ": " + content.place().name());
        }
        if (!event.actors().isEmpty()) {
            page.appendElement("p").text(text("event.actors", locale) + ": " + event.actors().stream()
                    .map(a -> a.name() + " (" + text("role." + a.role().name(), locale) + ")").collect(Collectors.joining(", ")));
        }
        DataSetLines.of(content.data(), this::text, locale).forEach(line -> page.appendElement("p").addClass("annals-data-set").text(line));
        if (content.summary() != null) {
            page.appendElement("div").addClass("annals-summary").append(MarkdownText.toSafeHtml(content.summary()));
        }
        // the archived copies, link checks and outside copies, worded as the live page words them
        var evidence = SourceEvidence.of(captures, event.citations().stream().map(c -> c.source().url()).toList());
        if (!event.disagreements().isEmpty()) {
            page.appendElement("h2").text(text("event.disagree", locale));
            Element box = page.appendElement("div").addClass("annals-disagreement");
            event.disagreements().forEach(d -> {
                box.appendElement("p").text(d.topic() + ": " + d.claims());
                box.appendElement("p").text(text("event.reading", locale,
                        d.reading() + (d.rationale() == null ? "" : " — " + d.rationale())));
                List<SourceView> named = SourceEvidence.named(d, event.citations());
                if (!named.isEmpty()) {
                    Element line = box.appendElement("p").addClass("annals-disagreement-sources")
                            .appendText(text("event.disagreementSources", locale) + " ");
                    for (int i = 0; i < named.size(); i++) {
                        SourceView source = named.get(i);
                        line.appendText(i == 0 ? "" : ", ").appendElement("a").attr("href", evidence.get(source.url()).href(source.url()))
                                .attr("rel", evidence.get(source.url()).rel()).text(SourceEvidence.label(source));
                    }
                }
            });
        }
        page.appendElement("h2").text(text("event.sources", locale));
        Element sources = page.appendElement("ul");
        event.citations().stream().collect(Collectors.groupingBy(CitationView::source, LinkedHashMap::new, Collectors.toList()))
                .forEach((source, citations) -> source(sources.appendElement("li"), source, citations, evidence.get(source.url()),
                        (key, values) -> text(key, locale, values), locale));
    }

    private static void source(Element item, SourceView source, List<CitationView> citations, SourceEvidence evidence,
            SourceEvidence.Texts texts, Locale locale) {
        item.appendElement("a").attr("href", evidence.href(source.url())).attr("rel", evidence.rel())
                .text(SourceEvidence.label(source));
        if (source.title() != null) {
            item.appendText(": " + source.title());
        }
        evidence.linkNote(source.url(), locale, texts).ifPresent(note -> {
            Element sentence = item.appendElement("p").addClass("annals-link-health").appendText(note.sentence() + " ");
            sentence.appendElement("a").attr("href", note.href()).attr("rel", "noopener nofollow").text(note.label());
        });
        var copy = evidence.copy();
        if (copy != null) {
            item.appendText(" · ");
            item.appendElement("a").attr("href", "/archive/" + copy.id()).text(texts.get("event.archivedCopy"));
            item.appendText(" (" + SourceEvidence.captured(copy, locale, texts) + ") · ");
            item.appendElement("a").attr("href", "/archive/" + copy.id() + "/warc").attr("download", "").text(texts.get("event.warc"));
        }
        if (evidence.outside() != null) {
            item.appendText(" · ");
            item.appendElement("a").attr("href", evidence.outside().mementoUrl()).attr("rel", "noopener nofollow")
                    .text(SourceEvidence.outsideCopy(evidence.outside(), locale, texts));
        }
        citations.stream().filter(c -> c.quote() != null)
                .forEach(c -> item.appendElement("p").addClass("annals-quote").text("“" + c.quote() + "”"));
    }

    private void corrections(Element page, String slug, Locale locale) {
        String title = published.timeline(slug).title();
        List<CorrectionEntry> entries = published.corrections(slug);
        page.appendElement("a").attr("href", "/timelines/" + slug).text("← " + title);
        page.appendElement("h1").text(text("corrections.title", locale));
        if (entries.isEmpty()) {
            page.appendElement("p").text(text("corrections.none", locale));
            return;
        }
        Element list = page.appendElement("ul");
        for (CorrectionEntry entry : entries) {
            Element item = list.appendElement("li");
            item.appendText(DateLabels.of(UncertainDate.day(entry.madeAt().atZone(ZoneOffset.UTC).toLocalDate()), locale)
                    + " · " + text(CorrectionsView.kindKey(entry), locale) + ": ");
            item.appendElement("a").attr("href", "/timelines/" + slug + "/events/" + entry.eventSlug()).text(entry.headline());
            item.appendElement("p").text(CorrectionsView.note(entry, (key, values) -> text(key, locale, values)));
        }
    }

    private String text(String key, Locale locale, Object... values) {
        return texts.getTranslation(key, locale, values);
    }
}
