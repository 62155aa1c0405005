package org.annals.event.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start-up, starts filling the stored window items of rows published before they existed (a no-op once done). */
@Component
@Order(6)
class WindowItemFill implements ApplicationRunner {

    private final PublishedEvents published;

    WindowItemFill(PublishedEvents published) {
        this.published = published;
    }

    @Override
    public void run(ApplicationArguments args) {
        published.fillWindowItemsInBackground();
    }
}
