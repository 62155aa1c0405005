package org.annals.publication;

import org.annals.timeline.TimelineId;
import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventPublished;
import org.annals.event.EventRetracted;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.security.AccountService;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The publication module on its own (with the modules it needs, nothing that reads it): the readers' copy is written
 * only from the event module's domain events, announced inside a transaction. The event module (and what it needs) is
 * included only to make the events these tests announce about; publication uses none of its beans.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"event", "live", "history", "source"})
@ModuleTestDatabase
class PublicationModuleTest {

    private static final String DESK = "publication-module-desk";

    @Autowired
    PublishedEventQuery readers;
    @Autowired
    EventEditingService editing;

    @BeforeEach
    void desk(@Autowired TimelineService timelines, @Autowired AccountService accounts) {
        Teams.on(timelines, accounts, DESK, "pub-editor:EDITOR");
    }

    private EventDetails draft(String headline) {
        EventContent content = new EventContent(headline, null, UncertainDate.parse("2024-06-01"), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
        return as("pub-editor", "EDITOR", () -> editing.createDraft(DESK, content));
    }

    private long deskId(TimelineService timelines) {
        return timelines.findPublic(DESK).orElseThrow().id().value();
    }

    @Test
    void an_announced_publication_becomes_what_readers_see(Scenario scenario, @Autowired TimelineService timelines) {
        EventDetails event = draft("Talks resume in Geneva");
        assertThat(readers.publishedCount(DESK)).isZero();

        scenario.publish(new EventPublished(event, TimelineId.of(deskId(timelines)), List.of(), "pub-editor", Instant.now(), null, false))
                .andWaitForStateChange(() -> readers.publishedCount(DESK), count -> count == 1)
                .andVerify(count -> {
                    assertThat(readers.event(DESK, event.slug()).content().headline()).isEqualTo("Talks resume in Geneva");
                    assertThat(readers.revisions(DESK, event.slug())).hasSize(1);
                });
    }

    @Test
    void an_announced_retraction_replaces_the_event_with_its_note_in_the_corrections_log(Scenario scenario,
            @Autowired TimelineService timelines) {
        EventDetails event = draft("A strike reported on the wrong day");
        long desk = deskId(timelines);
        scenario.publish(new EventPublished(event, TimelineId.of(desk), List.of(), "pub-editor", Instant.now(), null, false))
                .andWaitForStateChange(() -> readers.publishedCount(DESK), count -> count >= 1);

        scenario.publish(new EventRetracted(event.id(), TimelineId.of(desk), "pub-reviewer", "It happened a day later.", Instant.now()))
                .andWaitForStateChange(() -> readers.corrections(DESK), log -> !log.isEmpty())
                .andVerify(log -> {
                    assertThat(log).extracting(CorrectionEntry::kind).containsExactly(CorrectionKind.RETRACTION);
                    assertThatThrownBy(() -> readers.event(DESK, event.slug()))
                            .isInstanceOf(EventRetractedException.class);
                });
    }
}
