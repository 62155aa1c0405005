package org.annals.event;

import java.util.ArrayList;
import java.util.List;
import org.annals.event.internal.EventAnnouncer;
import org.annals.event.internal.EventQueries;
import org.annals.event.internal.EventStore;
import org.annals.history.ChangeMessage;
import org.annals.security.CurrentUser;
import org.annals.shared.InvalidInputException;
import org.annals.shared.NotFoundException;
import org.annals.source.SourceInput;
import org.annals.source.SourceView;
import org.annals.timeline.TimelineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two spellings of one source's address (issue 17): every event citing the one let go cites the one kept, with
 * its quotes and stances, and its disagreements name the kept one. Each event changes as an editor's edit would, so
 * nothing readers see changes before review: a published event gets a pending correction.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN')")
public class SourceMergeService {

    private final EventStore store;
    private final EventQueries queries;
    private final TimelineService timelines;
    private final EventAnnouncer changes;
    private final java.time.Clock clock;

    SourceMergeService(EventStore store, EventQueries queries, TimelineService timelines, EventAnnouncer changes,
            java.time.Clock clock) {
        this.store = store;
        this.queries = queries;
        this.timelines = timelines;
        this.changes = changes;
        this.clock = clock;
    }

    /** The timeline's other spellings of a source's address, which it may be merged into. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN') and @timelineAccess.isMember(#timelineSlug)")
    public List<CitedSource> sameAddressAs(String timelineSlug, long sourceId) {
        return queries.sameAddressAs(timelineId(timelineSlug), sourceId);
    }

    /** Every event citing source {@code letGo} cites {@code kept} instead; both are one page's address. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN') and @timelineAccess.may(#timelineSlug, 'EDITOR')")
    public SourcesMerged merge(String timelineSlug, long letGo, long kept) {
        long timelineId = timelineId(timelineSlug);
        String from = queries.sourceUrl(timelineId, letGo).orElseThrow(() -> new NotFoundException("No source " + letGo));
        String into = queries.sourceUrl(timelineId, kept).orElse("");
        // the screen's duplicate hint ignores case everywhere; a merge rewrites citations, so a path must match exactly
        if (queries.sameAddressAs(timelineId, letGo).stream().noneMatch(s -> s.sourceId() == kept)
                || !page(from).equals(page(into))) {
            throw new InvalidInputException("source", "Only two spellings of one page's address are merged",
                    "form.refusal.sourceMerge.notSame");
        }
        SourceView keptSource = store.sourceOf(timelineId, into).orElseThrow();
        ChangeMessage.forCurrentTransaction("Merged the source " + from + " into " + into);
        String user = CurrentUser.name();
        int drafts = 0;
        int fromReview = 0;
        int corrections = 0;
        int retracted = 0;
        for (CitingEvent citing : queries.citingEvents(timelineId, letGo)) {
            if (citing.status() == EventStatus.RETRACTED) {
                retracted++;
                continue;
            }
            EventDetails event = store.find(citing.id().value()).orElseThrow();
            EventLinks links = relinked(EventLinks.of(event), from, keptSource);
            changes.saved(store.update(event.id().value(), event.version(), event.content(), links, user, clock.instant()),
                    timelineId, user);
            switch (citing.status()) {
                case PUBLISHED -> corrections++;
                case IN_REVIEW -> fromReview++;
                default -> drafts++;
            }
        }
        return new SourcesMerged(into, drafts, fromReview, corrections, retracted);
    }

    /** The links with the one address replaced by the kept source; a citation both ways with one quote is kept once. */
    static EventLinks relinked(EventLinks links, String from, SourceView kept) {
        SourceInput keptInput = new SourceInput(kept.url(), kept.publisher(), kept.title(), kept.publishedOn(), kept.language(),
                kept.archiveUrl());
        List<CitationInput> citations = new ArrayList<>();
        for (CitationInput citation : links.citations()) {
            CitationInput moved = citation.source().url().equals(from)
                    ? new CitationInput(keptInput, citation.quote(), citation.supports(), citation.stance()) : citation;
            if (citations.stream().noneMatch(c -> c.source().url().equals(moved.source().url())
                    && java.util.Objects.equals(c.quote(), moved.quote()))) {
                citations.add(moved);
            }
        }
        List<Disagreement> disagreements = links.disagreements().stream().map(d -> new Disagreement(d.topic(), d.claims(),
                d.reading(), d.rationale(), d.sources().stream().map(url -> url.equals(from) ? kept.url() : url).toList())).toList();
        return new EventLinks(links.actors(), citations, disagreements);
    }

    /**
     * A page's address without what does not change the page (as EventQueries.SAME_ADDRESS): scheme, "www.", a
     * fragment, utm_ parameters, final slashes; the host in lower case, the rest as written.
     */
    static String page(String url) {
        String rest = url.replaceAll("#.*$", "").replaceAll("[?&]utm_[^&]*", "").replaceAll("^[a-zA-Z]+://(www\\.)?", "")
                .replaceAll("/+$", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest.toLowerCase(java.util.Locale.ROOT)
                : rest.substring(0, slash).toLowerCase(java.util.Locale.ROOT) + rest.substring(slash);
    }

    private long timelineId(String slug) {
        return timelines.find(slug).orElseThrow(() -> new NotFoundException("No timeline " + slug)).id().value();
    }
}
