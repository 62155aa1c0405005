package org.annals;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.event.EventDetails;
import org.annals.event.EventId;
import org.annals.event.EventPublished;
import org.annals.event.PublishedVersions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * For module tests without the publication module: what it would keep of each event announced as published (the last
 * version), so that discarding a correction has a published version to go back to.
 */
@TestConfiguration
public class ReadersCopyStandIn {

    @Bean
    PublishedCopies publishedCopies() {
        return new PublishedCopies();
    }

    public static class PublishedCopies implements PublishedVersions {

        private final Map<Long, EventDetails> copies = new ConcurrentHashMap<>();
        private final Map<Long, Map<Long, Integer>> numbers = new ConcurrentHashMap<>();

        @EventListener
        void on(EventPublished publication) {
            copies.put(publication.event().id().value(), publication.event());
            Map<Long, Integer> ofEvent = numbers.computeIfAbsent(publication.event().id().value(), id -> new ConcurrentHashMap<>());
            ofEvent.put(publication.historyRevision(), ofEvent.size() + 1);
        }

        @Override
        public Map<Long, Integer> publicRevisions(EventId eventId) {
            return Map.copyOf(numbers.getOrDefault(eventId.value(), Map.of()));
        }

        @Override
        public Optional<EventDetails> publishedVersion(EventId eventId) {
            return Optional.ofNullable(copies.get(eventId.value()));
        }
    }
}
