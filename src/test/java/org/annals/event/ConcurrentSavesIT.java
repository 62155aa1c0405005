package org.annals.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.history.ChangeMessage;
import org.annals.security.AccountService;
import org.annals.security.SystemActor;
import org.annals.shared.EditConflictException;
import org.annals.shared.GeoPoint;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Twenty editors save a hundred times each, all at once, on ten shared events, each save made against the version
 * the editor last read (as the editor form does). Every save either lands or reports a conflict; each event's history
 * holds exactly the saves that landed, in the order of their versions, and its text is the last of them: no save is
 * lost or silently overwritten.
 */
@IntegrationTest
class ConcurrentSavesIT {

    private static final String DESK = "torture-desk";
    private static final int EDITORS = 20;
    private static final int SAVES_EACH = 100;
    private static final int EVENTS = 10;

    @Autowired
    EventEditingService editing;
    @Autowired
    EventHistoryService history;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;

    /** A save that landed: on which event, as which version, with which headline. */
    private record Landed(EventId event, long version, String headline) {
    }

    private static EventContent content(String headline) {
        return new EventContent(headline, "Saved under load.", UncertainDate.parse("2024-03-01"), null,
                new Place("Kyiv", new GeoPoint(50.45, 30.52), PlacePrecision.APPROXIMATE), Set.of(EventType.STATEMENT),
                Set.of(), Confidence.UNVERIFIED);
    }

    private static void signIn(String username) {
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }

    @Test
    void every_save_lands_or_reports_a_conflict_and_the_history_accounts_for_every_one_that_landed() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String[] team = IntStream.rangeClosed(1, EDITORS).mapToObj(i -> "torture-" + i + ":EDITOR").toArray(String[]::new);
        Teams.on(timelines, accounts, DESK, team);
        List<EventId> events = SystemActor.run(() -> IntStream.range(0, EVENTS)
                .mapToObj(i -> editing.createDraft(DESK, content("Shared event " + i + " of run " + run)).id()).toList());

        List<Landed> landed = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> conflicts = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> editors = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(EDITORS)) {
            for (int e = 1; e <= EDITORS; e++) {
                String editor = "torture-" + e;
                int offset = e;
                editors.add(pool.submit(() -> {
                    signIn(editor);
                    start.await();
                    for (int n = 0; n < SAVES_EACH; n++) {
                        EventId event = events.get((offset + n) % EVENTS);
                        EventDetails read = editing.get(event);
                        String headline = "Save " + n + " by " + editor + " in run " + run;
                        try {
                            EventDetails saved = ChangeMessage.with(headline,
                                    () -> editing.update(event, read.version(), content(headline)));
                            landed.add(new Landed(event, saved.version(), headline));
                        } catch (EditConflictException conflict) {
                            conflicts.merge(editor, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> editor : editors) {
                editor.get(); // an exception other than a conflict fails the test here
            }
        }

        int conflicted = conflicts.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(landed.size() + conflicted).isEqualTo(EDITORS * SAVES_EACH);
        assertThat(conflicted).as("the editors did meet").isPositive();
        Map<EventId, List<Landed>> byEvent = landed.stream().collect(Collectors.groupingBy(Landed::event));
        for (EventId event : events) {
            List<Landed> saves = byEvent.getOrDefault(event, List.of()).stream()
                    .sorted(java.util.Comparator.comparingLong(Landed::version)).toList();
            assertThat(saves).as("saves that landed on %s", event).isNotEmpty();
            assertThat(saves).extracting(Landed::version).as("no two saves landed as the same version").doesNotHaveDuplicates();
            List<String> recorded = SystemActor.run(() -> history.revisions(event)).stream()
                    .map(EventRevision::headline).filter(h -> h.startsWith("Save ")).toList();
            assertThat(recorded).as("the history of %s holds each save that landed, once", event)
                    .containsExactlyInAnyOrderElementsOf(saves.stream().map(Landed::headline).toList());
            assertThat(SystemActor.run(() -> editing.get(event)).content().headline())
                    .as("the text of %s is the last save that landed", event).isEqualTo(saves.getLast().headline());
        }
    }
}
