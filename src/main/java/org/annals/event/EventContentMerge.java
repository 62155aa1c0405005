package org.annals.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Three-way merge when two people saved the same event: every field (and every list of links) one of them changed
 * keeps that change; where both changed the same thing differently, mine is taken and it is reported, so the
 * editor can look before saving. Nothing either person typed is dropped silently; both versions stay in history.
 */
public final class EventContentMerge {

    /** The merge, and each field the other person changed, with their text (and mine where we both changed it). */
    public record Result(EventContent merged, EventLinks mergedLinks, List<TheirChange> changes) {

        public List<String> theirChanges() {
            return changes.stream().map(TheirChange::field).toList();
        }

        public List<String> bothChanged() {
            return changes.stream().filter(TheirChange::bothChanged).map(TheirChange::field).toList();
        }
    }

    /**
     * A field the other person changed: what it says in their version, and, when this editor changed it differently
     * too, what it says in theirs ({@code mine}, otherwise null). Texts are as people read them; empty is "".
     */
    public record TheirChange(String field, String theirs, @Nullable String mine) {

        public boolean bothChanged() {
            return mine != null;
        }
    }

    private EventContentMerge() {
    }

    public static Result merge(EventContent base, EventContent theirs, EventContent mine) {
        return merge(base, theirs, mine, EventLinks.NONE, EventLinks.NONE, EventLinks.NONE);
    }

    public static Result merge(EventContent base, EventContent theirs, EventContent mine, EventLinks baseLinks,
            EventLinks theirLinks, EventLinks myLinks) {
        List<TheirChange> changes = new ArrayList<>();
        Merger<EventContent> c = new Merger<>(base, theirs, mine, changes);
        EventContent merged = new EventContent(
                c.field("Headline", EventContent::headline, h -> h),
                c.field("Summary", EventContent::summary, s -> s),
                c.field("Start", EventContent::start, EventFields::date),
                c.field("End", EventContent::end, EventFields::date),
                c.field("Date note", EventContent::dateNote, s -> s),
                c.field("Place", EventContent::place, EventFields::place),
                c.field("Types", EventContent::types, EventFields::types),
                c.field("Tags", EventContent::tags, EventFields::tags),
                c.field("Confidence", EventContent::confidence, x -> x.name().toLowerCase(Locale.ROOT)),
                c.field("Fatalities and data-set codes", EventContent::data, EventFields::data));
        Merger<EventLinks> l = new Merger<>(baseLinks, theirLinks, myLinks, changes);
        EventLinks links = new EventLinks(l.field("Actors", EventLinks::actors, EventFields::actors),
                l.field("Sources and quotes", EventLinks::citations, EventFields::citations),
                l.field("Disagreements", EventLinks::disagreements, EventFields::disagreements));
        return new Result(merged, links, List.copyOf(changes));
    }

    private record Merger<S>(S base, S theirs, S mine, List<TheirChange> changes) {

        <T> T field(String name, Function<S, T> get, Function<T, String> text) {
            T b = get.apply(base);
            T t = get.apply(theirs);
            T m = get.apply(mine);
            boolean theyChanged = !Objects.equals(b, t);
            boolean iChanged = !Objects.equals(b, m);
            if (theyChanged) {
                boolean both = iChanged && !Objects.equals(t, m);
                changes.add(new TheirChange(name, t == null ? "" : text.apply(t), both ? (m == null ? "" : text.apply(m)) : null));
            }
            return iChanged ? m : t;
        }
    }
}
