package org.annals.source;

import org.annals.timeline.TimelineId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.ModuleTestDatabase;
import org.annals.security.SystemActor;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The source module (with security and history): one source per URL per timeline, described without loss. */
// the timeline module only makes the timelines the sources belong to (a foreign key); the source module never uses it
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"history", "security", "timeline"})
@ModuleTestDatabase
class SourceModuleTest {

    @Autowired
    SourceService sources;
    @Autowired
    TimelineService timelines;

    private long timeline(String slug) {
        return SystemActor.run(() -> timelines.find(slug).orElseGet(() -> timelines.create(
                new NewTimeline(slug, slug, null, Visibility.PUBLIC)))).id().value();
    }

    @Test
    void citing_a_url_again_reuses_its_source_and_fills_in_what_was_missing_without_erasing() {
        long timeline = timeline("source-module-desk");
        String url = "https://www.reuters.com/world/europe/example-" + System.nanoTime();
        SourceId first = SystemActor.run(() -> sources.cite(TimelineId.of(timeline), new SourceInput(url, "Reuters", null, null, "en", null)));
        SourceId again = SystemActor.run(() -> sources.cite(TimelineId.of(timeline), new SourceInput("  " + url + " ", null,
                "Talks resume", LocalDate.of(2024, 6, 1), null, null)));

        assertThat(again).isEqualTo(first);
        Map<SourceId, SourceView> described = SystemActor.run(() -> sources.describe(List.of(first)));
        assertThat(described.get(first)).isEqualTo(new SourceView(url, "Reuters", "Talks resume",
                LocalDate.of(2024, 6, 1), "en", null));
        assertThat(SystemActor.run(() -> sources.findByUrl(TimelineId.of(timeline), url))).contains(described.get(first));
    }

    @Test
    void the_same_url_on_another_timeline_is_another_source() {
        long desk = timeline("source-module-desk");
        long other = timeline("source-module-other-desk");
        String url = "https://kyivindependent.com/example-" + System.nanoTime();
        SourceId here = SystemActor.run(() -> sources.cite(TimelineId.of(desk), new SourceInput(url, null, null, null, null, null)));
        SourceId there = SystemActor.run(() -> sources.cite(TimelineId.of(other), new SourceInput(url, null, null, null, null, null)));

        assertThat(there).isNotEqualTo(here);
    }
}
