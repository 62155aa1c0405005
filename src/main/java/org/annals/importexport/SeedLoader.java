package org.annals.importexport;

import java.io.IOException;
import java.io.InputStream;
import org.annals.event.EventStatus;
import org.annals.history.ChangeMessage;
import org.annals.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the first timeline (Russia–Ukraine war, from the project's reference data) through the ordinary importer on
 * start-up. The importer skips what is already there, so every restart is safe.
 */
@Component
@Order(10)
class SeedLoader implements ApplicationRunner {

    static final String SEED = "seed/russia-ukraine-war.json";
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final TimelineImportService importer;
    private final boolean enabled;

    SeedLoader(TimelineImportService importer, @Value("${annals.seed.enabled:true}") boolean enabled) {
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            ImportReport report = SystemActor.run(() -> ChangeMessage.with("Imported from " + SEED,
                    () -> importer.importFile(in, EventStatus.PUBLISHED)));
            log.info("Seed {}: {} events added, {} already present", report.timelineSlug(), report.eventsCreated(),
                    report.eventsAlreadyPresent());
        }
    }
}
