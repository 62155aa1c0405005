package org.annals.reader.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.annals.publication.PublishedEventQuery;
import org.annals.shared.NotFoundException;
import org.annals.shared.PublicBaseUrl;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml} and {@code /robots.txt} for search engines: public timelines and their published events only
 * (retracted ones left out), streamed from a database cursor. The sitemap protocol allows 50,000 URLs a file, so a
 * site larger than that gets a sitemap index whose parts ({@code /sitemaps/{slug}/{part}.xml}) hold 50,000 each.
 */
@Controller
class SitemapController {

    static final int PER_FILE = 50_000;

    private final TimelineService timelines;
    private final PublishedEventQuery published;
    private final PublicBaseUrl publicBase;

    SitemapController(TimelineService timelines, PublishedEventQuery published, PublicBaseUrl publicBase) {
        this.publicBase = publicBase;
        this.timelines = timelines;
        this.published = published;
    }

    @GetMapping(path = "/robots.txt", produces = "text/plain")
    void robots(HttpServletResponse response) throws IOException {
        start(response, "text/plain");
        PrintWriter out = response.getWriter();
        // embeds repeat the timeline pages' content; editors' screens are behind a sign-in anyway
        out.print("User-agent: *\nDisallow: /embed/\nDisallow: /editor\nDisallow: /admin\nDisallow: /login\n"
                + "Disallow: /api/\nAllow: /\n\nSitemap: " + base() + "/sitemap.xml\n");
    }

    @GetMapping(path = "/sitemap.xml", produces = "application/xml")
    void sitemap(HttpServletResponse response) throws IOException {
        List<TimelineSummary> all = timelines.publicTimelines();
        long urls = 1;
        for (TimelineSummary timeline : all) {
            urls += 2 + published.publishedCount(timeline.slug());
        }
        start(response, "application/xml");
        PrintWriter out = response.getWriter();
        String base = base();
        if (urls <= PER_FILE) {
            out.print(URLSET);
            pages(out, base, all);
            all.forEach(t -> events(out, base, t.slug(), 0, PER_FILE));
            out.print("</urlset>\n");
            return;
        }
        out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        out.print("<sitemap><loc>" + xml(base) + "/sitemaps/pages.xml</loc></sitemap>\n");
        for (TimelineSummary timeline : all) {
            int parts = Math.max(1, (published.publishedCount(timeline.slug()) + PER_FILE - 1) / PER_FILE);
            for (int part = 1; part <= parts; part++) {
                out.print("<sitemap><loc>" + xml(base) + "/sitemaps/" + xml(timeline.slug()) + "/" + part + ".xml</loc></sitemap>\n");
            }
        }
        out.print("</sitemapindex>\n");
    }

    @GetMapping(path = "/sitemaps/pages.xml", produces = "application/xml")
    void pages(HttpServletResponse response) throws IOException {
        start(response, "application/xml");
        PrintWriter out = response.getWriter();
        out.print(URLSET);
        pages(out, base(), timelines.publicTimelines());
        out.print("</urlset>\n");
    }

    @GetMapping(path = "/sitemaps/{slug}/{part}.xml", produces = "application/xml")
    void part(@PathVariable String slug, @PathVariable String part, HttpServletResponse response) throws IOException {
        int number;
        try {
            number = Integer.parseInt(part);
            published.timeline(slug);
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (number < 1 || (number - 1L) * PER_FILE >= Math.max(1, published.publishedCount(slug))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        start(response, "application/xml");
        PrintWriter out = response.getWriter();
        out.print(URLSET);
        events(out, base(), slug, (number - 1) * PER_FILE, PER_FILE);
        out.print("</urlset>\n");
    }

    private static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

    private static void pages(PrintWriter out, String base, List<TimelineSummary> all) {
        out.print("<url><loc>" + xml(base) + "/</loc></url>\n");
        for (TimelineSummary timeline : all) {
            out.print("<url><loc>" + xml(base) + "/timelines/" + xml(timeline.slug()) + "</loc></url>\n");
            out.print("<url><loc>" + xml(base) + "/timelines/" + xml(timeline.slug()) + "/corrections</loc></url>\n");
        }
    }

    private void events(PrintWriter out, String base, String slug, int offset, int limit) {
        String prefix = xml(base) + "/timelines/" + xml(slug) + "/events/";
        published.forEachPermalink(slug, offset, limit, p -> out.print("<url><loc>" + prefix + p.eventSlug()
                + "</loc><lastmod>" + p.publishedAt() + "</lastmod></url>\n"));
    }

    private static void start(HttpServletResponse response, String type) {
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
    }

    private String base() {
        return publicBase.get();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
