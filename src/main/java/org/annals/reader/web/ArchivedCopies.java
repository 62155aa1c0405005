package org.annals.reader.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.annals.publication.PublishedEventQuery;
import org.annals.source.ArchivedPayload;
import org.annals.source.CaptureService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archived copy of a cited page, as Annals captured it (issue 17), and its WARC file: only for pages a published
 * event cites. The copy is served sandboxed: no script runs, no form is sent, nothing is loaded from elsewhere, and
 * no cookie is set or read (it is a page of a stranger's, shown under our address).
 */
@RestController
class ArchivedCopies {

    /** A sandbox without scripts, forms, plugins or same-origin rights; only inline styles and inline images. */
    static final String SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private final CaptureService captures;
    private final PublishedEventQuery published;

    ArchivedCopies(CaptureService captures, PublishedEventQuery published) {
        this.captures = captures;
        this.published = published;
    }

    @GetMapping("/archive/{id}")
    void copy(@PathVariable String id, HttpServletResponse response) throws IOException {
        // asked first (an index look-up), so a request for a page no published event cites unpacks nothing
        Optional<ArchivedPayload> payload = captureId(id).flatMap(captures::byId).filter(c -> published.citedPublicly(c.url()))
                .flatMap(c -> captures.payload(c.id()));
        if (payload.isEmpty()) {
            notFound(response);
            return;
        }
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("Content-Disposition", "inline");
        response.setContentType(servedType(payload.get().contentType()));
        response.setContentLength(payload.get().body().length);
        response.getOutputStream().write(payload.get().body());
    }

    @GetMapping("/archive/{id}/warc")
    void warc(@PathVariable String id, HttpServletResponse response) throws IOException {
        Optional<Long> captureId = captureId(id);
        Optional<byte[]> warc = captureId.flatMap(captures::byId).filter(c -> published.citedPublicly(c.url()))
                .flatMap(c -> captures.warc(c.id()));
        if (warc.isEmpty()) {
            notFound(response);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("Content-Disposition", "attachment; filename=\"annals-capture-" + captureId.get() + ".warc.gz\"");
        response.setContentType("application/warc");
        response.setContentLength(warc.get().length);
        response.getOutputStream().write(warc.get());
    }

    private static Optional<Long> captureId(String id) {
        return id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    /** The site's type for pages, text and PDFs; anything else is offered as bytes, never interpreted. */
    private static String servedType(String declared) {
        String type = declared == null ? "" : declared.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("text/plain")
                || type.startsWith("application/pdf")) {
            return declared.length() > 200 ? declared.substring(0, 200) : declared;
        }
        return "application/octet-stream";
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("No archived copy here: the page was not captured, or no published event cites it.");
    }
}
