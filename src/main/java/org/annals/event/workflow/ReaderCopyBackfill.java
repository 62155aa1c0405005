package org.annals.event.workflow;

import org.annals.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start-up, gives every published event a readers' copy if it lacks one; a no-op once done. */
@Component
@Order(5)
class ReaderCopyBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReaderCopyBackfill.class);

    private final EventTransitions workflow;

    ReaderCopyBackfill(EventTransitions workflow) {
        this.workflow = workflow;
    }

    @Override
    public void run(ApplicationArguments args) {
        int written = SystemActor.run(workflow::publishMissingReaderCopies);
        if (written > 0) {
            log.info("Wrote readers' copies for {} published events", written);
        }
    }
}
