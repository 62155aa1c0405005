package org.annals.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which events to list: statuses (empty = all), a date window that uncertain dates overlap, types (any of), an actor
 * name, words to search for (prefix matching), tags (all of), confidence levels (any of), a map area, whether
 * only events whose sources disagree, the import that added them (its history revision; the desk's "events this
 * import added"), and at least so many fatalities (the best estimate a data set or an editor gives).
 */
public record EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to,
        Set<EventType> types, @Nullable String actor, @Nullable String text, Set<String> tags,
        Set<Confidence> confidences, @Nullable MapArea area, boolean sourcesDisagree, @Nullable Long importRevision,
        @Nullable Integer minFatalities) {

    public static final int MAX_SEARCH = 200;

    public static final EventFilter ALL = new EventFilter(Set.of(), null, null, Set.of(), null, null);

    public EventFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The end of the window (" + to + ") is before its start (" + from + ")");
        }
        actor = searchable(actor);
        text = searchable(text);
        if (text != null && text.length() > MAX_SEARCH) {
            throw new InvalidInputException("q", "Search for at most " + MAX_SEARCH + " characters");
        }
        tags = tags == null ? Set.of() : tags.stream().map(EventFilter::searchable).filter(java.util.Objects::nonNull)
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        confidences = confidences == null ? Set.of() : Set.copyOf(confidences);
        if (minFatalities != null && (minFatalities < 0 || minFatalities > DataSetFields.FATALITIES_MAX)) {
            throw new InvalidInputException("fatalities", "fatalities is a whole number of deaths from 0 to "
                    + DataSetFields.FATALITIES_MAX, "form.refusal.minFatalities", DataSetFields.FATALITIES_MAX);
        }
    }

    public EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to, Set<EventType> types,
            @Nullable String actor, @Nullable String text, Set<String> tags, Set<Confidence> confidences,
            @Nullable MapArea area, boolean sourcesDisagree, @Nullable Long importRevision) {
        this(statuses, from, to, types, actor, text, tags, confidences, area, sourcesDisagree, importRevision, null);
    }

    /**
     * A word to look for, stripped, without control characters: a NUL cannot even be sent to the database. Links and
     * API calls are refused with a message first (publication's {@code EventFilterParams}); this keeps the screens'
     * own filters safe.
     */
    private static @Nullable String searchable(@Nullable String value) {
        String text = value == null ? null : org.annals.shared.PlainText.withoutControlCharacters(value).strip();
        return text == null || text.isEmpty() ? null : text;
    }

    /** Any events, imported or written here. */
    public EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to, Set<EventType> types,
            @Nullable String actor, @Nullable String text, Set<String> tags, Set<Confidence> confidences,
            @Nullable MapArea area, boolean sourcesDisagree) {
        this(statuses, from, to, types, actor, text, tags, confidences, area, sourcesDisagree, null);
    }

    public EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to, Set<EventType> types,
            @Nullable String actor, @Nullable String text) {
        this(statuses, from, to, types, actor, text, Set.of(), Set.of(), null, false);
    }

    public EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to, Set<EventType> types,
            @Nullable String actor, @Nullable String text, Set<String> tags, Set<Confidence> confidences) {
        this(statuses, from, to, types, actor, text, tags, confidences, null, false);
    }

    public EventFilter(Set<EventStatus> statuses, @Nullable LocalDate from, @Nullable LocalDate to, Set<EventType> types,
            @Nullable String actor, @Nullable String text, Set<String> tags, Set<Confidence> confidences,
            @Nullable MapArea area) {
        this(statuses, from, to, types, actor, text, tags, confidences, area, false);
    }

    /** Whether it selects by nothing but a date window (statuses aside: readers see published events only). */
    public boolean onlyWindow() {
        return types.isEmpty() && actor == null && text == null && tags.isEmpty() && confidences.isEmpty() && area == null
                && !sourcesDisagree && importRevision == null && minFatalities == null;
    }

    public EventFilter within(@Nullable MapArea newArea) {
        return new EventFilter(statuses, from, to, types, actor, text, tags, confidences, newArea, sourcesDisagree, importRevision,
                minFatalities);
    }

    /** The same filter, among the events in one status only. */
    public EventFilter inStatus(EventStatus status) {
        return new EventFilter(Set.of(status), from, to, types, actor, text, tags, confidences, area, sourcesDisagree, importRevision,
                minFatalities);
    }

    /** The same filter, among the events with at least {@code fatalities} (best estimate), or all when null. */
    public EventFilter withMinFatalities(@Nullable Integer fatalities) {
        return new EventFilter(statuses, from, to, types, actor, text, tags, confidences, area, sourcesDisagree, importRevision,
                fatalities);
    }

    /** The same filter, among the events one import added (its history revision), or among all when null. */
    public EventFilter addedBy(@Nullable Long revision) {
        return new EventFilter(statuses, from, to, types, actor, text, tags, confidences, area, sourcesDisagree, revision,
                minFatalities);
    }
}
