package org.annals.publication.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.shared.PostgresText;
import org.annals.timeline.SearchAlias;
import org.annals.timeline.TimelineId;
import org.annals.timeline.TimelineService;
import org.springframework.stereotype.Component;

/**
 * The other names a timeline's readers may search for (timeline.SearchAlias), per timeline, kept for a minute: a
 * search then costs no extra query; a change made on this instance applies at once, one made on another within the
 * minute.
 */
@Component
class SearchAliases {

    private final TimelineService timelines;
    private final Cache<Long, Map<String, List<String>>> byTimeline = Caffeine.newBuilder().maximumSize(1000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    SearchAliases(TimelineService timelines) {
        this.timelines = timelines;
    }

    @org.springframework.context.event.EventListener
    void changed(org.annals.timeline.SearchAliasesChanged change) {
        byTimeline.invalidate(change.timelineId().value());
    }

    /** For the search's words: each word's other names (a word with none maps to nothing). */
    Function<String, List<String>> of(long timelineId, String text) {
        if (PostgresText.words(text).isEmpty()) {
            return word -> List.of();
        }
        Map<String, List<String>> names = byTimeline.get(timelineId, id -> timelines.searchAliases(TimelineId.of(id)).stream()
                .collect(Collectors.groupingBy(SearchAlias::alias, Collectors.mapping(SearchAlias::name, Collectors.toList()))));
        return word -> names.getOrDefault(word, List.of());
    }
}
