package org.annals.reader.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.publication.PinnedEvent;
import org.annals.publication.PublishedRevision;
import org.annals.shared.DateLabels;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * What an event page says about published revisions: on a pinned permalink "as of revision N" with a link to the
 * current version when a newer one exists; on the current page the permalink that cites this very version.
 */
class RevisionNotice extends Div {

    private RevisionNotice(String id) {
        setId(id);
        addClassName("annals-revision");
    }

    /** An event shown as published in an older (or the latest) revision. */
    static RevisionNotice pinned(PinnedEvent pinned, String timelineSlug, String eventSlug, Locale locale) {
        RevisionNotice notice = new RevisionNotice("revision-notice");
        notice.addClassName("annals-disagreement");
        notice.add(new Paragraph(notice.getTranslation("revision.asOf", pinned.revision().number(),
                when(pinned.revision().publishedAt(), locale))));
        if (!pinned.isLatest()) {
            RouterLink current = link(notice.getTranslation("revision.readCurrent"), timelineSlug, eventSlug, null);
            current.setId("current-version");
            notice.add(new Paragraph(new Span(notice.getTranslation("revision.newer") + " "), current));
        }
        return notice;
    }

    /** The current version: its revision, and a permalink that keeps pointing at this text. */
    static RevisionNotice current(List<PublishedRevision> revisions, String timelineSlug, String eventSlug, String baseUrl,
            Locale locale) {
        RevisionNotice notice = new RevisionNotice("cite-version");
        if (revisions.isEmpty()) {
            return notice; // a readers' copy written outside the workflow (a benchmark's bulk load) has no revisions
        }
        PublishedRevision latest = revisions.getLast();
        String path = org.annals.event.Permalinks.revision(timelineSlug, eventSlug, latest.number());
        Anchor cite = new Anchor(baseUrl + path, baseUrl + path);
        cite.setId("cite-link");
        notice.add(new Paragraph(new Span(notice.getTranslation("revision.current", latest.number(),
                when(latest.publishedAt(), locale)) + " " + notice.getTranslation("revision.cite") + " "), cite));
        if (revisions.size() > 1) {
            Paragraph earlier = new Paragraph(notice.getTranslation("revision.earlier") + " ");
            earlier.setId("earlier-revisions");
            for (PublishedRevision revision : revisions.subList(0, revisions.size() - 1)) {
                earlier.add(link(notice.getTranslation("revision.item", revision.number(), when(revision.publishedAt(), locale)),
                        timelineSlug, eventSlug, revision.number()), new Span(" "));
            }
            notice.add(earlier);
        }
        return notice;
    }

    /** A revision that cannot be shown (no such revision, or not a number): says why and offers the current version. */
    static RevisionNotice problem(String message, String timelineSlug, String eventSlug) {
        RevisionNotice notice = new RevisionNotice("revision-notice");
        notice.addClassName("annals-disagreement");
        RouterLink current = link(notice.getTranslation("revision.readCurrent"), timelineSlug, eventSlug, null);
        current.setId("current-version");
        notice.add(new Paragraph(message), new Paragraph(current));
        return notice;
    }

    static RouterLink link(String text, String timelineSlug, String eventSlug, @Nullable Integer revision) {
        RouterLink link = new RouterLink(text, EventView.class,
                new RouteParameters(Map.of("slug", timelineSlug, "eventSlug", eventSlug)));
        if (revision != null) {
            link.setQueryParameters(QueryParameters.of("revision", String.valueOf(revision)));
        }
        return link;
    }

    /** A day as the page's language writes it, and the time in UTC (two revisions may share a day). */
    static String when(Instant at, Locale locale) {
        var utc = at.atZone(ZoneOffset.UTC);
        return DateLabels.of(UncertainDate.day(utc.toLocalDate()), locale) + ", "
                + utc.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)) + " UTC";
    }
}
