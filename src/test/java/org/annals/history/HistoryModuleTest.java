package org.annals.history;

import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.ModuleTestDatabase;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;
import org.annals.timeline.Visibility;
import org.annals.timeline.internal.TimelineEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The history module with security, and the timeline module as an owner of an audited entity: every revision says
 * who made it and why, newest first, and the entity can be read as it stood after any of them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"timeline", "security"})
@ModuleTestDatabase
class HistoryModuleTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    TimelineService timelines;

    @Test
    void each_revision_names_its_author_and_message_and_keeps_the_state_it_left() {
        String slug = "hm-" + System.nanoTime();
        TimelineSummary created = SystemActor.run(() -> ChangeMessage.with("A desk for the module test",
                () -> timelines.create(new NewTimeline(slug, "History desk", null, Visibility.PUBLIC))));
        SystemActor.run(() -> ChangeMessage.with("A one-person desk", () -> timelines.setFourEyes(slug, false)));

        List<AuditedState<TimelineEntity>> revisions = as("hm-reader", "EDITOR",
                () -> trail.revisionsOf(TimelineEntity.class, created.id().value()));

        assertThat(revisions).extracting(r -> r.entry().message())
                .containsExactly("A one-person desk", "A desk for the module test");
        assertThat(revisions).extracting(r -> r.entry().author()).containsOnly(SystemActor.NAME);
        long first = revisions.getLast().entry().revision();
        assertThat(as("hm-reader", "EDITOR", () -> trail.at(TimelineEntity.class, created.id().value(), first)))
                .hasValueSatisfying(then -> assertThat(then.toSummary().fourEyes()).isTrue());
        assertThat(revisions.getFirst().state().toSummary().fourEyes()).isFalse();
    }
}
