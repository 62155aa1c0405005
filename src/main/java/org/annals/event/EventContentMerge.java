package org.annals.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Three-way merge when two people saved the same event: every field (and every list of links) one of them changed
 * keeps that change; where both changed the same thing differently, mine is taken and it is reported, so the
 * editor can look before saving. Nothing either person typed is dropped silently; both versions stay in history.
 */
public final class EventContentMerge {

    public record Result(EventContent merged, EventLinks mergedLinks, List<String> theirChanges, List<String> bothChanged) {
    }

    private EventContentMerge() {
    }

    public static Result merge(EventContent base, EventContent theirs, EventContent mine) {
        return merge(base, theirs, mine, EventLinks.NONE, EventLinks.NONE, EventLinks.NONE);
    }

    public static Result merge(EventContent base, EventContent theirs, EventContent mine, EventLinks baseLinks,
            EventLinks theirLinks, EventLinks myLinks) {
        List<String> theirChanges = new ArrayList<>();
        List<String> both = new ArrayList<>();
        Merger<EventContent> c = new Merger<>(base, theirs, mine, theirChanges, both);
        EventContent merged = new EventContent(
                c.field("Headline", EventContent::headline),
                c.field("Summary", EventContent::summary),
                c.field("Start", EventContent::start),
                c.field("End", EventContent::end),
                c.field("Place", EventContent::place),
                c.field("Types", EventContent::types),
                c.field("Tags", EventContent::tags),
                c.field("Confidence", EventContent::confidence));
        Merger<EventLinks> l = new Merger<>(baseLinks, theirLinks, myLinks, theirChanges, both);
        EventLinks links = new EventLinks(l.field("Actors", EventLinks::actors), l.field("Sources and quotes", EventLinks::citations),
                l.field("Disagreements", EventLinks::disagreements));
        return new Result(merged, links, List.copyOf(theirChanges), List.copyOf(both));
    }

    private record Merger<S>(S base, S theirs, S mine, List<String> theirChanges, List<String> both) {

        <T> T field(String name, Function<S, T> get) {
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
