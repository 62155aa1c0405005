package org.annals.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.annals.shared.UncertainDate;
import org.junit.jupiter.api.Test;

class EventContentMergeTest {

    private static EventContent content(String headline, String date, Confidence confidence) {
        return new EventContent(headline, null, UncertainDate.parse(date), null, Place.UNKNOWN, Set.of(EventType.AID),
                Set.of(), confidence);
    }

    @Test
    void keeps_their_change_and_mine_when_they_touched_different_fields() {
        EventContent base = content("Aid package", "2024-04", Confidence.UNVERIFIED);
        EventContent theirs = content("Aid package", "2024-04-24", Confidence.UNVERIFIED);
        EventContent mine = content("Aid package signed", "2024-04", Confidence.VERIFIED);

        EventContentMerge.Result result = EventContentMerge.merge(base, theirs, mine);

        assertThat(result.merged()).isEqualTo(content("Aid package signed", "2024-04-24", Confidence.VERIFIED));
        assertThat(result.theirChanges()).containsExactly("Start");
        assertThat(result.bothChanged()).isEmpty();
    }

    @Test
    void keeps_the_fatality_count_they_corrected_while_i_changed_the_headline() {
        EventContent base = content("Strike on Testville", "2024-04", Confidence.UNVERIFIED);
        EventContent theirs = base.withData(DataSetFields.fatalities(7));
        EventContent mine = content("Strike on Testville station", "2024-04", Confidence.UNVERIFIED);

        EventContentMerge.Result result = EventContentMerge.merge(base, theirs, mine);

        assertThat(result.merged()).isEqualTo(mine.withData(DataSetFields.fatalities(7)));
        assertThat(result.theirChanges()).containsExactly("Fatalities and data-set codes");
    }

    @Test
    void reports_a_field_both_changed_and_takes_mine() {
        EventContent base = content("Aid package", "2024-04", Confidence.UNVERIFIED);
        EventContent theirs = content("Aid bill", "2024-04", Confidence.UNVERIFIED);
        EventContent mine = content("Aid law", "2024-04", Confidence.UNVERIFIED);

        EventContentMerge.Result result = EventContentMerge.merge(base, theirs, mine);

        assertThat(result.merged().headline()).isEqualTo("Aid law");
        assertThat(result.bothChanged()).containsExactly("Headline");
    }

    @Test
    void tells_their_text_for_each_field_they_changed_and_mine_only_where_we_both_did() {
        EventContent base = content("Aid package", "2024-04", Confidence.UNVERIFIED);
        EventContent theirs = content("Aid bill", "2024-04-24", Confidence.UNVERIFIED);
        EventContent mine = content("Aid law", "2024-04", Confidence.UNVERIFIED);
        EventLinks theirLinks = new EventLinks(java.util.List.of(new ActorLink("US Congress", ActorKind.STATE, ActorRole.PARTICIPANT)),
                java.util.List.of(), java.util.List.of());

        EventContentMerge.Result result = EventContentMerge.merge(base, theirs, mine, EventLinks.NONE, theirLinks, EventLinks.NONE);

        assertThat(result.changes()).containsExactly(
                new EventContentMerge.TheirChange("Headline", "Aid bill", "Aid law"),
                new EventContentMerge.TheirChange("Start", "24 Apr 2024 (2024-04-24, 2024-04-24…2024-04-24)", null),
                new EventContentMerge.TheirChange("Actors", "US Congress (participant)", null));
        assertThat(result.mergedLinks().actors()).extracting(ActorLink::name).containsExactly("US Congress");
    }
}
