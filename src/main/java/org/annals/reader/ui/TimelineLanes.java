package org.annals.reader.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.event.EventType;
import org.annals.publication.EventItem;

/**
 * Lays events out for the visual timeline: in one band, or in lanes by type or by actor. An event of two types (or
 * with three actors) appears in each of its lanes, since it belongs to each. Actor lanes are the
 * {@value #ACTOR_LANES} actors with most events in view; the rest share a lane.
 */
final class TimelineLanes {

    static final int ACTOR_LANES = 10;
    private static final String OTHER_ACTORS = "~other";
    private static final String NO_ACTOR = "~none";

    private TimelineLanes() {
    }

    static VisualTimeline.Layout of(ReaderFilters.Lanes lanes, List<EventItem> events, Function<String, String> text,
            Locale locale) {
        return switch (lanes) {
            case NONE -> new VisualTimeline.Layout(events.stream().map(e -> item(e, null, locale)).toList(), List.of());
            case TYPE -> byType(events, text, locale);
            case ACTOR -> byActor(events, text, locale);
        };
    }

    private static VisualTimeline.Layout byType(List<EventItem> events, Function<String, String> text, Locale locale) {
        List<VisualTimeline.Item> items = new ArrayList<>();
        for (EventItem event : events) {
            event.types().stream().sorted().forEach(type -> items.add(item(event, type.name(), locale)));
        }
        List<VisualTimeline.Lane> lanes = java.util.Arrays.stream(EventType.values())
                .filter(type -> items.stream().anyMatch(i -> type.name().equals(i.lane())))
                .map(type -> new VisualTimeline.Lane(type.name(), text.apply("type." + type.name()))).toList();
        return new VisualTimeline.Layout(items, lanes);
    }

    private static VisualTimeline.Layout byActor(List<EventItem> events, Function<String, String> text, Locale locale) {
        Map<String, Long> counts = events.stream().flatMap(e -> e.actors().stream().distinct())
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ACTOR_LANES).map(Map.Entry::getKey).toList();
        Map<String, VisualTimeline.Lane> lanes = new LinkedHashMap<>();
        top.forEach(name -> lanes.put(name, new VisualTimeline.Lane(name, name)));
        List<VisualTimeline.Item> items = new ArrayList<>();
        for (EventItem event : events) {
            List<String> mine = event.actors().stream().distinct().filter(top::contains).toList();
            if (!mine.isEmpty()) {
                mine.forEach(name -> items.add(item(event, name, locale)));
            } else {
                String lane = event.actors().isEmpty() ? NO_ACTOR : OTHER_ACTORS;
                items.add(item(event, lane, locale));
            }
        }
        if (items.stream().anyMatch(i -> OTHER_ACTORS.equals(i.lane()))) {
            lanes.put(OTHER_ACTORS, new VisualTimeline.Lane(OTHER_ACTORS, text.apply("timeline.lanes.otherActors")));
        }
        if (items.stream().anyMatch(i -> NO_ACTOR.equals(i.lane()))) {
            lanes.put(NO_ACTOR, new VisualTimeline.Lane(NO_ACTOR, text.apply("timeline.lanes.noActor")));
        }
        return new VisualTimeline.Layout(items, List.copyOf(lanes.values()));
    }

    /** One event as drawn, in a lane or none; uncertain dates become the span they cover. */
    private static VisualTimeline.Item item(EventItem event, String lane, Locale locale) {
        String type = event.types().stream().sorted(Comparator.naturalOrder()).findFirst()
                .map(t -> t.name().toLowerCase(Locale.ROOT)).orElse("other");
        return new VisualTimeline.Item(event.slug(), event.headline(), event.dateLabel(locale), event.start().earliest(),
                event.lastDay().plusDays(1), event.fuzzy(), type, lane);
    }
}
