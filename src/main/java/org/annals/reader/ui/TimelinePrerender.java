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
import org.annals.publication.EventFilterParams;
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
    /** The list's page in a plain link: the cursor of the page's first event (see {@link PublishedEventPage}). */
    static final String PAGE = "page";
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
        Element page = new Element("div");
        page.appendElement("h1").text(timeline.title());
        if (timeline.description() != null) {
            page.appendElement("p").text(timeline.description());
        }
        // where the filters, the visual timeline and the map will be: the list does not jump when they arrive; without
        // JavaScript they never arrive, and the list follows the title at once
        page.appendElement("div").addClass("annals-prerender-space");
        page.appendElement("noscript").appendElement("style").appendChild(new DataNode(".annals-prerender-space{display:none}"));
        list(page, slug, response.getVaadinRequest(), locale);
        response.getDocument().body().prependChild(copy(page, locale, key -> text(key, locale)));
    }

    /**
     * A public page's copy for the first HTML: the site's header, the page's content, and the script that removes the
     * copy when the live view is drawn.
     */
    static Element copy(Element content, Locale locale, java.util.function.UnaryOperator<String> text) {
        Element copy = new Element("div").attr("id", ID).attr("lang", "uk".equals(locale.getLanguage()) ? "uk" : "en");
        Element header = copy.appendElement("header").addClass("annals-page");
        header.appendElement("a").attr("href", "/").addClass("annals-home").text("Annals");
        header.appendElement("a").attr("href", "/login").addClass("annals-sign-in").text(text.apply("site.signIn"));
        copy.appendElement("main").appendChild(content.addClass("annals-page"));
        copy.appendElement("script").appendChild(new DataNode(SWAP));
        // a link in the copy is followed by a full page load: clicked while the Vaadin client is still starting, the
        // client's router took it, changed the address and lost the navigation (the reader stayed on the old page)
        copy.select("a[href]").attr("router-ignore", "");
        return copy;
    }

    /**
     * The list a link opens on: its filters (the API's parameters; a bad one is left out, as the live view does), the
     * whole timeline with the view's margin when it names no window, oldest first; one page, and a plain link to the
     * next ({@code page=}, the list's cursor), so a reader without JavaScript can read the whole timeline.
     */
    private void list(Element page, String slug, com.vaadin.flow.server.VaadinRequest request, Locale locale) {
        EventFilter filter = filter(slug, request);
        String cursor = request.getParameter(PAGE);
        PublishedEventPage shown;
        try {
            shown = published.page(slug, filter, cursor, TimelineView.PAGE);
        } catch (org.annals.shared.InvalidInputException e) {
            shown = published.page(slug, filter, null, TimelineView.PAGE); // a damaged page link: from the start
        }
        StringBuilder html = new StringBuilder();
        shown.events().forEach(e -> html.append(EventListHtml.item(e, null, slug, locale, key -> text(key, locale))));
        if (shown.events().isEmpty()) {
            page.appendElement("p").text(text("timeline.nothingHere", locale));
        }
        page.appendElement("ol").addClass("annals-event-list").append(html.toString());
        if (shown.nextCursor() != null) {
            page.appendElement("p").appendElement("a").attr("rel", "next").attr("id", "annals-next-page")
                    .attr("href", "/timelines/" + slug + "?" + withParameter(request, PAGE, shown.nextCursor()))
                    .text(text("timeline.nextPage", locale));
        }
    }

    /** The link's filters, or none where a value is bad; the window defaults to the whole timeline. */
    private EventFilter filter(String slug, com.vaadin.flow.server.VaadinRequest request) {
        EventFilter linked;
        try {
            linked = EventFilterParams.fromLink(name -> values(request, name));
        } catch (org.annals.shared.InvalidInputException e) {
            linked = EventFilter.ALL;
        }
        if (linked.from() != null && linked.to() != null) {
            return linked;
        }
        EventFilter chosen = linked;
        return published.extent(slug, EventFilter.ALL)
                .map(days -> new EventFilter(Set.of(), UncertainDate.withinYears(days[0].minusDays(30)),
                        UncertainDate.withinYears(days[1].plusDays(30)), chosen.types(), chosen.actor(), chosen.text(),
                        chosen.tags(), chosen.confidences(), chosen.area(), chosen.sourcesDisagree())
                        .withMinFatalities(chosen.minFatalities()))
                .orElse(linked);
    }

    private static java.util.@org.jspecify.annotations.Nullable List<String> values(
            com.vaadin.flow.server.VaadinRequest request, String name) {
        String[] values = request.getParameterMap().get(name);
        return values == null ? null : java.util.List.of(values);
    }

    /** The link's query with one parameter set (the others kept as they came). */
    private static String withParameter(com.vaadin.flow.server.VaadinRequest request, String name, String value) {
        java.util.Map<String, java.util.List<String>> params = new java.util.LinkedHashMap<>();
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals(name) && !key.startsWith("v-")) {
                params.put(key, java.util.List.of(values));
            }
        });
        params.put(name, java.util.List.of(value));
        return new com.vaadin.flow.router.QueryParameters(params).getQueryString();
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }
}
