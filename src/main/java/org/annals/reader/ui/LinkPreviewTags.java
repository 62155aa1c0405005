package org.annals.reader.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.event.EventDetails;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.DatePrecision;
import org.annals.shared.PublicBaseUrl;
import org.annals.shared.ScriptJson;
import org.annals.shared.UncertainDate;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Puts link-preview tags into the first HTML of a public page, where crawlers that run no JavaScript read them:
 * OpenGraph and Twitter tags, a canonical URL, and for an event a schema.org {@code Event} in JSON-LD whose dates
 * are as precise as the event's (a month stays a month).
 */
@Component
class LinkPreviewTags implements VaadinServiceInitListener {

    private static final Pattern EVENT = Pattern.compile("/timelines/([a-z0-9-]+)/events/([a-z0-9-]+)/?");
    private static final Pattern TIMELINE = Pattern.compile("/timelines/([a-z0-9-]+)/?");

    private final PublishedEventQuery published;
    private final ObjectMapper json;
    private final PublicBaseUrl publicBase;

    LinkPreviewTags(PublishedEventQuery published, ObjectMapper json, PublicBaseUrl publicBase) {
        this.published = published;
        this.json = json;
        this.publicBase = publicBase;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTags);
    }

    private void addTags(IndexHtmlResponse response) {
        String path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("");
        String base = publicBase.get();
        Document page = response.getDocument();
        // a preview is read by a crawler or a chat app, not a session: it speaks the language the request asks for
        Locale locale = RequestLanguage.of(response.getVaadinRequest(), null);
        // <html lang> is set by shell.PageLanguage, which also knows a reader's switch of language
        try {
            Matcher m = EVENT.matcher(path);
            if (m.matches()) {
                eventTags(page, org.annals.reader.web.RequestedEvent.of(response.getVaadinRequest()::getAttribute, response.getVaadinRequest()::setAttribute, published, m.group(1), m.group(2)), base, locale);
                return;
            }
            m = TIMELINE.matcher(path);
            if (m.matches()) {
                var timeline = published.timeline(m.group(1));
                common(page, timeline.title(), timeline.description() == null ? timeline.title() : timeline.description(),
                        base + "/timelines/" + timeline.slug(), "website");
                image(page, base + "/previews/" + timeline.slug() + ".png", timeline.title());
            }
        } catch (RuntimeException e) {
            // not found, retracted or moved: the page itself says so; no preview to offer
        }
    }

    private void eventTags(Document page, EventDetails event, String base, Locale locale) {
        var content = event.content();
        String url = base + event.permalinkPath();
        String when = event.dateLabel(locale);
        meta(page, "property", "og:locale", "uk".equals(locale.getLanguage()) ? "uk_UA" : "en_GB");
        String description = when + (content.place().name() == null ? "" : " · " + content.place().name())
                + (content.summary() == null ? "" : " — " + org.jsoup.Jsoup.parse(org.annals.shared.MarkdownText.toSafeHtml(content.summary())).text());
        common(page, content.headline(), description.length() > 300 ? description.substring(0, 297) + "…" : description, url, "article");
        image(page, base + "/previews/" + event.timelineSlug() + "/" + event.slug() + ".png", content.headline());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        ld.put("name", content.headline());
        ld.put("url", url);
        ld.put("startDate", schemaDate(content.start()));
        if (content.end() != null) {
            ld.put("endDate", schemaDate(content.end()));
        } else if (content.start().precision() == DatePrecision.RANGE) {
            ld.put("endDate", content.start().latest().toString());
        }
        ld.put("description", description);
        // schema.org dates are exact: the date as known (EDTF) and its window travel with them, never a false precision
        ld.put("temporalCoverage", event.edtf());
        if (content.start().precision() != DatePrecision.DAY) {
            ld.put("disambiguatingDescription", "Date " + content.start().precision().name().toLowerCase(Locale.ROOT)
                    + ": between " + content.start().earliest() + " and " + content.start().latest() + " (EDTF " + event.edtf() + ")");
        }
        if (content.place().name() != null || content.place().point() != null) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", content.place().name());
            if (content.place().point() != null) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", content.place().point().latitude(),
                        "longitude", content.place().point().longitude()));
            }
            ld.put("location", place);
        }
        String script = ScriptJson.escape(json.writeValueAsString(ld));
        page.head().appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(script));
    }

    /** ISO 8601 as precise as the date: 2023-06 for a month, 2023 for a year, the day otherwise. */
    private static String schemaDate(UncertainDate date) {
        return switch (date.precision()) {
            case MONTH -> date.toEdtf();
            case YEAR -> date.toEdtf();
            case APPROXIMATE -> date.nominal().toString();
            default -> date.earliest().toString();
        };
    }

    private static void common(Document page, String title, String description, String url, String type) {
        page.title(title + " · Annals");
        meta(page, "property", "og:title", title);
        meta(page, "property", "og:description", description);
        meta(page, "property", "og:url", url);
        meta(page, "property", "og:type", type);
        meta(page, "property", "og:site_name", "Annals");
        meta(page, "name", "twitter:card", "summary");
        meta(page, "name", "twitter:title", title);
        meta(page, "name", "twitter:description", description);
        meta(page, "name", "description", description);
        page.head().appendElement("link").attr("rel", "canonical").attr("href", url);
    }

    /** The preview card drawn for the page (reader.web.PreviewCards), 1200 × 630. */
    private static void image(Document page, String url, String alt) {
        meta(page, "property", "og:image", url);
        meta(page, "property", "og:image:width", "1200");
        meta(page, "property", "og:image:height", "630");
        meta(page, "property", "og:image:alt", alt);
        page.head().select("meta[name=twitter:card]").attr("content", "summary_large_image");
        meta(page, "name", "twitter:image", url);
    }

    private static void meta(Document page, String key, String name, String value) {
        page.head().appendElement("meta").attr(key, name).attr("content", value);
    }
}
