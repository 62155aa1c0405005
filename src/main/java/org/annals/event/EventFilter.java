package org.annals.event;

import java.time.LocalDate;
import java.util.Set;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which events to list: statuses (empty = all), a date window that uncertain dates overlap, types (any of),
 * an actor name, and words to search for (prefix matching on headline and summary).
 */
public record EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to,
        Set<EventType> types, @Nullable String actor, @Nullable String text) {

    public static final EventFilter ALL = new EventFilter(Set.of(), null, null, Set.of(), null, null);

    public EventFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The end of the window (" + to + ") is before its start (" + from + ")");
        }
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new InvalidInputException("q", "Search for at most 200 characters");
        }
    }

    public EventFilter withStatuses(Set<EventStatus> newStatuses) {
        return new EventFilter(newStatuses, from, to, types, actor, text);
    }
}
