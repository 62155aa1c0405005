package org.annals.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Three-way merge of event content when two people saved the same event: every field one of them changed keeps
 * that change; where both changed the same field differently, mine is taken and the field is reported, so the
 * editor can look before saving. Nothing either person typed is dropped silently.
 */
public final class EventContentMerge {

    public record Result(EventContent merged, List<String> theirChanges, List<String> bothChanged) {
    }

    private EventContentMerge() {
    }

    public static Result merge(EventContent base, EventContent theirs, EventContent mine) {
        List<String> theirChanges = new ArrayList<>();
        List<String> both = new ArrayList<>();
        Merger m = new Merger(base, theirs, mine, theirChanges, both);
        EventContent merged = new EventContent(
                m.field("Headline", EventContent::headline),
                m.field("Summary", EventContent::summary),
                m.field("Start", EventContent::start),
                m.field("End", EventContent::end),
                m.field("Place", EventContent::place),
                m.field("Types", EventContent::types),
                m.field("Tags", EventContent::tags),
                m.field("Confidence", EventContent::confidence));
        return new Result(merged, List.copyOf(theirChanges), List.copyOf(both));
    }

    private record Merger(EventContent base, EventContent theirs, EventContent mine, List<String> theirChanges,
            List<String> both) {

        <T> T field(String name, Function<EventContent, T> get) {
            T b = get.apply(base);
            T t = get.apply(theirs);
            T m = get.apply(mine);
            boolean theyChanged = !Objects.equals(b, t);
            boolean iChanged = !Objects.equals(b, m);
            if (theyChanged) {
                theirChanges.add(name);
            }
            if (theyChanged && iChanged && !Objects.equals(t, m)) {
                both.add(name);
            }
            return iChanged ? m : t;
        }
    }
}
