package org.annals.timeline;

import org.annals.security.Role;
import org.annals.security.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the dev profile, puts the demo accounts on every timeline's team (after the seed has created the first one),
 * so "editor", "reviewer" and "annotator" can try the application at once. Never active in production.
 */
@Component
@Order(20)
class DemoTeam implements ApplicationRunner {

    private final TimelineService timelines;
    private final boolean enabled;

    DemoTeam(TimelineService timelines, @Value("${annals.demo-users.enabled:false}") boolean enabled) {
        this.timelines = timelines;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemActor.run(() -> {
            for (TimelineSummary timeline : timelines.all()) {
                timelines.grant(timeline.slug(), "editor", Role.EDITOR);
                timelines.grant(timeline.slug(), "reviewer", Role.REVIEWER);
                timelines.grant(timeline.slug(), "annotator", Role.ANNOTATOR);
            }
            return null;
        });
    }
}
