package org.annals.reader.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.shared.DateLabels;
import org.annals.shared.UncertainDate;
import org.annals.source.CaptureService;
import org.annals.source.ExternalCopy;
import org.annals.source.LinkHealth;
import org.annals.source.SourceCapture;
import org.jspecify.annotations.Nullable;

/**
 * What readers are told of a cited page beyond its address (issue 17): Annals' archived copy, what the link check found,
 * the copy an outside archive keeps — read for all of an event's sources at once, and worded once for both the live
 * page ({@link EventView}) and its first-HTML copy ({@link PagePrerender}).
 */
record SourceEvidence(@Nullable SourceCapture copy, @Nullable LinkHealth health, @Nullable ExternalCopy outside) {

    /** A page's texts in its language. */
    interface Texts {
        String get(String key, Object... values);
    }

    /** A sentence about the link with the one address it names (the old one of a gone page, the new one of a moved). */
    record LinkNote(String sentence, String href, String label) {
    }

    /** The evidence of each of these URLs: three queries, whatever their number. */
    static Map<String, SourceEvidence> of(CaptureService captures, java.util.Collection<String> urls) {
        var copies = captures.capturedCopies(urls);
        var health = captures.linkHealth(urls);
        var outside = captures.externalCopies(urls);
        Map<String, SourceEvidence> evidence = new java.util.HashMap<>();
        urls.forEach(url -> evidence.put(url, new SourceEvidence(copies.get(url), health.get(url), outside.get(url))));
        return evidence;
    }

    /** How a source is named in a link: its publisher, else its address. */
    static String label(org.annals.source.SourceView source) {
        return source.publisher() != null ? source.publisher() : source.url();
    }

    /** The sources a disagreement names, as the event lists them (a name the event no longer cites is skipped). */
    static java.util.List<org.annals.source.SourceView> named(org.annals.event.Disagreement disagreement,
            java.util.List<org.annals.event.CitationView> citations) {
        return disagreement.sources().stream().flatMap(url -> citations.stream().map(org.annals.event.CitationView::source)
                .filter(s -> s.url().equals(url)).limit(1)).toList();
    }

    /** Where the source's own link leads: the archived copy once the original is gone, else the original. */
    String href(String url) {
        return leadsWithCopy() ? "/archive/" + copy.id() : url;
    }

    /** Annals' own copy is not followed by search engines as the stranger's page is. */
    String rel() {
        return leadsWithCopy() ? "noopener" : "noopener nofollow";
    }

    private boolean leadsWithCopy() {
        return copy != null && health != null && health.gone();
    }

    /**
     * "The original page is gone since 6 Dec 2026 (HTTP 404)" with the old address, or "Since 6 Dec 2026 the original is
     * at …"; nothing for a page that is fine or could not be reached at the last check (that may pass).
     */
    Optional<LinkNote> linkNote(String url, Locale locale, Texts texts) {
        if (health == null) {
            return Optional.empty();
        }
        String since = day(health.since(), locale);
        return switch (health.state()) {
            case GONE -> {
                Integer status = health.httpStatus();
                String why = status == null ? texts.get("event.linkGone.dns")
                        : status == 404 || status == 410 ? "HTTP " + status : texts.get("event.linkGone.home");
                yield Optional.of(new LinkNote(texts.get(copy != null ? "event.linkGone" : "event.linkGoneNoCopy", since, why),
                        url, texts.get("event.originalAddress")));
            }
            case MOVED -> Optional.of(new LinkNote(texts.get("event.linkMoved", since), health.movedTo(), health.movedTo()));
            default -> Optional.empty();
        };
    }

    /** "captured 6 Dec 2026 09:14 UTC, SHA-256 3f2a9c…" of Annals' copy. */
    static String captured(SourceCapture copy, Locale locale, Texts texts) {
        String at = DateTimeFormatter.ofPattern("HH:mm").format(copy.capturedAt().atZone(ZoneOffset.UTC));
        return texts.get("event.capturedAt", day(copy.capturedAt(), locale) + " " + at,
                copy.payloadSha256() == null ? "" : copy.payloadSha256().substring(0, 12));
    }

    /** "Copy at web.archive.org (8 Oct 2025)". */
    static String outsideCopy(ExternalCopy outside, Locale locale, Texts texts) {
        return texts.get("event.externalCopy", outside.archive(), outside.capturedAt() == null ? "" : day(outside.capturedAt(), locale));
    }

    private static String day(Instant at, Locale locale) {
        return DateLabels.of(UncertainDate.day(at.atZone(ZoneOffset.UTC).toLocalDate()), locale);
    }
}
