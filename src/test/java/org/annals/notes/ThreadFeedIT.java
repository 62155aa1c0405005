package org.annals.notes;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.live.LiveBus;
import org.annals.security.AccountService;
import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineId;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared live read of notes: one read per notice for all views of an event, and each view gets it only while its
 * person may read the event's notes (team member or administrator), checked at each notice.
 */
@IntegrationTest
class ThreadFeedIT {

    private static final String DESK = "feed-desk";

    @Autowired
    ThreadFeed feed;
    @Autowired
    AnnotationService notes;
    @Autowired
    EventEditingService editing;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;

    @Test
    void one_read_reaches_every_viewer_who_may_read_and_nobody_else() throws Exception {
        Teams.on(timelines, accounts, DESK, "feed-editor:EDITOR", "feed-annotator:ANNOTATOR", "feed-leaver:EDITOR");
        Teams.on(timelines, accounts, "feed-elsewhere", "feed-outsider:EDITOR");
        EventDetails event = as("feed-editor", "EDITOR", () -> editing.createDraft(DESK, new EventContent(
                "Feed event " + System.nanoTime(), "A summary.", UncertainDate.parse("2024-03-01"), null, Place.UNKNOWN,
                Set.of(EventType.AID), Set.of(), Confidence.UNVERIFIED)));
        long timelineId = as("feed-editor", "EDITOR", () -> timelines.find(DESK).orElseThrow().id().value());

        BlockingQueue<ThreadFeed.Update> annotator = new LinkedBlockingQueue<>();
        BlockingQueue<ThreadFeed.Update> leaver = new LinkedBlockingQueue<>();
        BlockingQueue<ThreadFeed.Update> outsider = new LinkedBlockingQueue<>();
        BlockingQueue<ThreadFeed.Update> admin = new LinkedBlockingQueue<>();
        try (LiveBus.Subscription a = feed.watch(event.id(), TimelineId.of(timelineId), "feed-annotator", false, annotator::add);
             LiveBus.Subscription l = feed.watch(event.id(), TimelineId.of(timelineId), "feed-leaver", false, leaver::add);
             LiveBus.Subscription o = feed.watch(event.id(), TimelineId.of(timelineId), "feed-outsider", false, outsider::add);
             LiveBus.Subscription d = feed.watch(event.id(), TimelineId.of(timelineId), "feed-admin", true, admin::add)) {
            assertThat(feed.viewers(event.id())).isEqualTo(4);

            NoteThread posted = as("feed-editor", "EDITOR", () -> notes.annotate(event.id(), Anchor.EVENT, "Check the date"));
            ThreadFeed.Update seen = annotator.poll(10, TimeUnit.SECONDS);
            assertThat(seen).isNotNull();
            assertThat(seen.complete()).isFalse();
            assertThat(seen.threads()).extracting(NoteThread::id).containsExactly(posted.id());
            assertThat(seen.threads().getFirst().note().body()).isEqualTo("Check the date");
            // the same read, not one per viewer
            assertThat(admin.poll(10, TimeUnit.SECONDS)).isSameAs(seen);
            assertThat(leaver.poll(10, TimeUnit.SECONDS)).isSameAs(seen);
            // the outsider's delivery would have been handed out with the others'
            assertThat(outsider.poll(300, TimeUnit.MILLISECONDS)).isNull();

            // taken off the team while watching: the next change no longer reaches them
            SystemActor.run(() -> {
                timelines.revoke(DESK, "feed-leaver", Role.EDITOR);
                return null;
            });
            as("feed-annotator", "ANNOTATOR", () -> notes.reply(posted.id(), "It was the 2nd"));
            ThreadFeed.Update reply = annotator.poll(10, TimeUnit.SECONDS);
            assertThat(reply).isNotNull();
            assertThat(reply.newerThan(seen.stamp())).isTrue();
            assertThat(reply.threads().getFirst().replies()).extracting(Note::body).containsExactly("It was the 2nd");
            assertThat(admin.poll(10, TimeUnit.SECONDS)).isSameAs(reply);
            assertThat(leaver.poll(300, TimeUnit.MILLISECONDS)).isNull();
            assertThat(outsider).isEmpty();
        }
        assertThat(feed.viewers(event.id())).isZero();
    }
}
