package org.annals.reader.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.event.EventFilter;
import org.annals.publication.PublishedEventPage;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineSummary;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Writes a public timeline's text into the first HTML of its page: the header, the title, the description and, for a
 * bare link, the first page of the chronological list, laid out where the live view will show them. A reader sees
 * the timeline as soon as the HTML and the stylesheets arrive, not after the Vaadin client, a server round trip and
 * the visual timeline's code (docs/decisions/0011); a reader without JavaScript still gets the text and the links.
 * A few lines of script remove this copy in the frame the live view appears in, so the page never shows both and
 * screen readers never meet the text twice. The copy has no ids of its own besides {@code annals-prerender}.
 */
@Component
class TimelinePrerender implements VaadinServiceInitListener {

    static final String ID = "annals-prerender";
    private static final Pattern TIMELINE = Pattern.compile("/timelines/([a-z0-9-]+)/?");
    /** The live view replaces this copy once its container is drawn in the outlet, in the same animation frame. */
    private static final String SWAP = """
            (() => {
              const copy = document.getElementById('%s');
              const drawn = () => [...(document.getElementById('outlet') || { children: [] }).children]
                .some((c) => c.getClientRects().length > 0 && c.textContent.trim() !== '');
              const swap = () => { if (drawn()) { copy.remove(); } else { requestAnimationFrame(swap); } };
              requestAnimationFrame(swap);
            })();""".formatted(ID);

    private final PublishedEventQuery published;
    private final I18NProvider texts;

    TimelinePrerender(PublishedEventQuery published, I18NProvider texts) {
        this.published = published;
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::prerender);
    }

    private void prerender(IndexHtmlResponse response) {
        Matcher m = TIMELINE.matcher(Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse(""));
        if (!m.matches()) {
            return;
        }
        String slug = m.group(1);
        TimelineSummary timeline;
        try {
            timeline = published.timeline(slug);
        } catch (RuntimeException e) {
            return; // not found or not public: the live view says so
        }
        Locale locale = RequestLanguage.of(response.getVaadinRequest(),
                Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getLocale).orElse(null));
        Element copy = new Element("div").attr("id", ID).attr("lang", "uk".equals(locale.getLanguage()) ? "uk" : "en");
        Element header = copy.appendElement("header").addClass("annals-page");
        header.appendElement("a").attr("href", "/").addClass("annals-home").text("Annals");
        header.appendElement("a").attr("href", "/login").addClass("annals-sign-in").text(text("site.signIn", locale));
        Element page = copy.appendElement("main").appendElement("div").addClass("annals-page");
        page.appendElement("h1").text(timeline.title());
        if (timeline.description() != null) {
            page.appendElement("p").text(timeline.description());
        }
        // where the filters, the visual timeline and the map will be: the list does not jump when they arrive
        page.appendElement("div").addClass("annals-prerender-space");
        if (response.getVaadinRequest().getParameterMap().isEmpty()) {
            firstPage(page, slug, locale);
        }
        copy.appendElement("script").appendChild(new DataNode(SWAP));
        response.getDocument().body().prependChild(copy);
    }

    /** The list a bare link opens on: the whole timeline with the view's margin, oldest first, its first page. */
    private void firstPage(Element page, String slug, Locale locale) {
        EventFilter filter = published.extent(slug, EventFilter.ALL)
                .map(days -> new EventFilter(Set.of(), UncertainDate.withinYears(days[0].minusDays(30)),
                        UncertainDate.withinYears(days[1].plusDays(30)), Set.of(), null, null))
                .orElse(EventFilter.ALL);
        PublishedEventPage first = published.page(slug, filter, null, TimelineView.PAGE);
        StringBuilder html = new StringBuilder();
        first.events().forEach(e -> html.append(EventListHtml.item(e, null, slug, locale, key -> text(key, locale))));
        page.appendElement("ol").addClass("annals-event-list").append(html.toString());
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }
}
