package org.annals.notes;

import org.annals.timeline.TimelineId;
import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventId;
import org.annals.event.EventEditingService;
import org.annals.event.EventSaved;
import org.annals.event.EventType;
import org.annals.event.EventsMerged;
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
 * The annotation module with what it needs: it hears the event module's typed changes and tells everyone who
 * annotated the event, in words that say what happened, never the person who made the change.
 */
// history holds the audit revision entity every audited change needs, and publication implements the event module's
// PublishedVersions and hosts the SPI annotation implements; no bean of either is used here, so they are named
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"history", "publication"})
@ModuleTestDatabase
class AnnotationModuleTest {

    private static final String DESK = "annotation-module-desk";

    @Autowired
    AnnotationService notes;
    @Autowired
    InboxService inbox;
    @Autowired
    EventEditingService editing;
    @Autowired
    TimelineService timelines;

    @BeforeEach
    void desk(@Autowired AccountService accounts) {
        Teams.on(timelines, accounts, DESK, "am-editor:EDITOR", "am-annotator:ANNOTATOR", "am-other:ANNOTATOR");
    }

    private EventDetails annotatedEvent(String headline) {
        EventContent content = new EventContent(headline, null, UncertainDate.parse("2024-06-01"), null, Place.UNKNOWN,
                Set.of(EventType.DIPLOMATIC), Set.of(), Confidence.VERIFIED);
        EventDetails event = as("am-editor", "EDITOR", () -> editing.createDraft(DESK, content));
        as("am-annotator", "ANNOTATOR", () -> notes.annotate(event.id(), Anchor.EVENT, "Which source dates this?"));
        return event;
    }

    private long deskId() {
        return timelines.findPublic(DESK).orElseThrow().id().value();
    }

    @Test
    void a_save_announced_by_the_event_module_reaches_the_annotators_inbox(Scenario scenario) {
        EventDetails event = annotatedEvent("Grain deal extended");

        scenario.publish(new EventSaved(event.id(), TimelineId.of(deskId()), "am-editor", event.version() + 1))
                .andWaitForStateChange(() -> as("am-annotator", "ANNOTATOR", () -> inbox.items(20)).stream()
                        .filter(item -> item.eventId() == event.id().value()).toList(), items -> !items.isEmpty())
                .andVerify(items -> {
                    assertThat(items).singleElement().satisfies(item -> {
                        assertThat(item.kind()).isEqualTo(InboxKind.EVENT_CHANGED);
                        assertThat(item.actor()).isEqualTo("am-editor");
                        assertThat(item.excerpt()).isEqualTo("am-editor edited an event you annotated");
                    });
                });
    }

    @Test
    void a_merge_is_told_as_a_merge_and_not_to_the_one_who_merged(Scenario scenario) {
        EventDetails event = annotatedEvent("Bridge struck");
        as("am-other", "ANNOTATOR", () -> notes.annotate(event.id(), Anchor.EVENT, "Two reports of one strike?"));

        scenario.publish(new EventsMerged(event.id(), TimelineId.of(deskId()), "am-annotator", EventId.of(event.id().value() + 1000),
                "bridge-struck-2",
                        "same strike", Instant.now()))
                .andWaitForStateChange(() -> as("am-other", "ANNOTATOR", () -> inbox.items(20)).stream()
                        .filter(item -> item.eventId() == event.id().value()).toList(), items -> !items.isEmpty())
                .andVerify(items -> {
                    assertThat(items).extracting(InboxItem::excerpt)
                            .containsExactly("am-annotator merged a duplicate into an event you annotated");
                    assertThat(as("am-annotator", "ANNOTATOR", () -> inbox.items(20)))
                            .noneMatch(item -> item.eventId() == event.id().value());
                });
    }

    @Test
    void a_reply_that_mentions_a_colleague_is_announced_with_its_thread_and_the_mention(Scenario scenario) {
        EventDetails event = annotatedEvent("Prisoner exchange");
        long thread = as("am-annotator", "ANNOTATOR", () -> notes.threads(event.id())).getFirst().note().id();

        scenario.stimulate(() -> as("am-other", "ANNOTATOR", () -> notes.reply(thread, "@am-editor the ministry says 95")))
                .andWaitForEventOfType(NotePosted.class)
                // the thread's first note was announced too, with its own id as the thread: the reply is the other one
                .matching(posted -> posted.threadId() == thread && posted.noteId() != thread)
                .toArriveAndVerify((posted, reply) -> {
                    assertThat(posted.noteId()).isEqualTo(reply.id());
                    assertThat(posted.eventId()).isEqualTo(event.id());
                    assertThat(posted.user()).isEqualTo("am-other");
                    assertThat(posted.mentions()).containsExactly("am-editor");
                });
    }

    @Test
    void resolving_a_thread_is_announced(Scenario scenario) {
        EventDetails event = annotatedEvent("Ceasefire talks");
        long thread = as("am-annotator", "ANNOTATOR", () -> notes.threads(event.id())).getFirst().note().id();

        scenario.stimulate(() -> as("am-editor", "EDITOR", () -> notes.resolve(thread)))
                .andWaitForEventOfType(ThreadResolved.class)
                .matchingMappedValue(ThreadResolved::threadId, thread)
                .toArriveAndVerify(resolved -> {
                    assertThat(resolved.resolved()).isTrue();
                    assertThat(resolved.user()).isEqualTo("am-editor");
                });
    }
}
