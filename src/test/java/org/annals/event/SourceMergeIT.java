package org.annals.event;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.publication.PublishedEventQuery;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17: two spellings of one source's address merged into one, drafts at once, published events through review. */
@IntegrationTest
class SourceMergeIT {

    private static final String TIMELINE = "source-merge";

    @Autowired
    EventEditingService editing;
    @Autowired
    SourceMergeService merging;
    @Autowired
    ReviewService review;
    @Autowired
    PublishedEventQuery readers;

    @BeforeEach
    void team(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, TIMELINE, "ed:EDITOR", "rita:REVIEWER");
    }

    private EventDetails citing(String headline, String url, String quote, List<Disagreement> disagreements) {
        CitationInput citation = new CitationInput(new SourceInput(url, "Ministry", null, null, "en", null), quote, null,
                CitationStance.AGREES);
        return as("ed", "EDITOR", () -> editing.createDraft(TIMELINE, new EventContent(headline + " " + UUID.randomUUID(), null,
                UncertainDate.parse("2024-05-05"), null, Place.UNKNOWN, Set.of(EventType.STATEMENT), Set.of(), Confidence.VERIFIED),
                new EventLinks(List.of(), List.of(citation), disagreements)));
    }

    private CitedSource source(String url) {
        return as("ed", "EDITOR", () -> editing.citedSources(TIMELINE, url, 10)).stream().filter(s -> s.url().equals(url))
                .findFirst().orElseThrow();
    }

    @Test
    void every_event_cites_the_address_kept_and_readers_see_it_once_reviewed() {
        String page = "example.org/statement-" + UUID.randomUUID();
        String kept = "https://" + page;
        String variant = "http://www." + page + "/?utm_source=feed";
        EventDetails draft = citing("Draft", variant, "We will talk", List.of(new Disagreement("Date", "The ministry says 6 May",
                "5 May", null, List.of(variant))));
        EventDetails published = citing("Published", variant, null, List.of());
        EventDetails submitted = as("ed", "EDITOR", () -> review.submit(published.id(), published.version(), "Ready"));
        EventDetails approved = as("rita", "REVIEWER", () -> review.approve(submitted.id(), submitted.version(), null));
        citing("Kept", kept, null, List.of());
        CitedSource letGo = source(variant);
        assertThat(letGo.possibleDuplicate()).isTrue();
        assertThat(as("ed", "EDITOR", () -> merging.sameAddressAs(TIMELINE, letGo.sourceId()))).extracting(CitedSource::url)
                .containsExactly(kept);

        SourcesMerged merged = as("ed", "EDITOR", () -> merging.merge(TIMELINE, letGo.sourceId(), source(kept).sourceId()));

        assertThat(merged).isEqualTo(new SourcesMerged(kept, 1, 0, 1, 0));
        EventDetails draftNow = as("ed", "EDITOR", () -> editing.get(draft.id()));
        assertThat(draftNow.citations()).singleElement().satisfies(c -> {
            assertThat(c.source().url()).isEqualTo(kept);
            assertThat(c.quote()).isEqualTo("We will talk");
        });
        assertThat(draftNow.disagreements().getFirst().sources()).containsExactly(kept);
        // readers keep the published citation until a reviewer approves the correction the merge made
        assertThat(readers.event(TIMELINE, approved.slug()).citations()).extracting(c -> c.source().url()).containsExactly(variant);
        assertThat(as("ed", "EDITOR", () -> editing.state(published.id())).pendingCorrection()).isTrue();
        EventDetails correction = as("ed", "EDITOR", () -> editing.get(published.id()));
        EventDetails resubmitted = as("ed", "EDITOR", () -> review.submit(correction.id(), correction.version(), "Source merged"));
        as("rita", "REVIEWER", () -> review.approve(resubmitted.id(), resubmitted.version(), null));
        assertThat(readers.event(TIMELINE, approved.slug()).citations()).extracting(c -> c.source().url()).containsExactly(kept);
        assertThat(source(variant).citingEvents()).isZero();
    }

    @Test
    void a_merge_keeps_the_paths_case_the_duplicate_hint_ignores() {
        assertThat(SourceMergeService.page("http://www.Example.org/News/Story/?utm_source=x#top"))
                .isEqualTo(SourceMergeService.page("https://example.org/News/Story")).isEqualTo("example.org/News/Story");
        assertThat(SourceMergeService.page("https://example.org/news/story")).isNotEqualTo(SourceMergeService.page("https://example.org/News/Story"));
        String upper = "https://example.org/Case-" + UUID.randomUUID();
        String lower = upper.toLowerCase(java.util.Locale.ROOT);
        citing("Upper", upper, null, List.of());
        citing("Lower", lower, null, List.of());
        assertThat(source(upper).possibleDuplicate()).as("the hint still points the two out").isTrue();
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> merging.merge(TIMELINE, source(upper).sourceId(), source(lower).sourceId())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only two spellings of one page");
    }

    @Test
    void two_different_pages_are_not_merged() {
        String one = "https://example.org/one-" + UUID.randomUUID();
        String two = "https://example.org/two-" + UUID.randomUUID();
        citing("One", one, null, List.of());
        citing("Two", two, null, List.of());

        assertThatThrownBy(() -> as("ed", "EDITOR", () -> merging.merge(TIMELINE, source(one).sourceId(), source(two).sourceId())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only two spellings of one page");
        assertThatThrownBy(() -> as("rita", "REVIEWER", () -> merging.merge(TIMELINE, source(one).sourceId(), source(two).sourceId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
