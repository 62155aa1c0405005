package org.annals.event;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.annals.shared.InvalidInputException;
import org.annals.shared.MarkdownText;
import org.annals.shared.PlainText;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/**
 * What an editor writes for an event: the editable core that the form binds. The constructor holds every rule, so
 * the API, the importer and the form refuse the same input with the same message. {@code dateNote} says how the date
 * was settled (which report, which time zone, what is not known) for readers who wonder; the summary says what
 * happened and never how it was dated.
 */
public record EventContent(
        String headline,
        @Nullable String summary,
        UncertainDate start,
        @Nullable UncertainDate end,
        @Nullable String dateNote,
        Place place,
        Set<EventType> types,
        Set<String> tags,
        Confidence confidence,
        DataSetFields data) {

    public static final int HEADLINE_MAX = 300;
    public static final int SUMMARY_MAX = 20_000;
    public static final int DATE_NOTE_MAX = 2_000;

    public EventContent {
        headline = PlainText.required("headline", headline, HEADLINE_MAX);
        summary = MarkdownText.validate("summary", summary, SUMMARY_MAX);
        if (start == null) {
            throw new InvalidInputException("start", "A start date is required", "form.event.startRequired");
        }
        if (end != null && end.latest().isBefore(start.earliest())) {
            throw new InvalidInputException("end", "The end (" + end.toEdtf() + ") is before the start (" + start.toEdtf() + ")",
                    "form.event.endBeforeStart", end.toEdtf(), start.toEdtf());
        }
        if (end != null && end.equals(start)) {
            end = null;
        }
        dateNote = PlainText.optional("dateNote", dateNote, DATE_NOTE_MAX);
        place = place == null ? Place.UNKNOWN : place;
        if (types == null || types.isEmpty()) {
            throw new InvalidInputException("types", "Choose at least one type", "form.event.types");
        }
        types = Set.copyOf(EnumSet.copyOf(types));
        tags = normaliseTags(tags);
        if (confidence == null) {
            throw new InvalidInputException("confidence", "Choose a confidence", "form.event.confidence");
        }
        // documents written before data-set fields existed have none
        data = data == null ? DataSetFields.NONE : data;
    }

    /**
     * Content without data-set fields. Code that rewrites an existing content passes its {@link #data()} to the full
     * constructor (or uses {@link #withData}), or the fields would be lost.
     */
    public EventContent(String headline, @Nullable String summary, UncertainDate start, @Nullable UncertainDate end,
            @Nullable String dateNote, Place place, Set<EventType> types, Set<String> tags, Confidence confidence) {
        this(headline, summary, start, end, dateNote, place, types, tags, confidence, DataSetFields.NONE);
    }

    public EventContent withData(DataSetFields fields) {
        return new EventContent(headline, summary, start, end, dateNote, place, types, tags, confidence, fields);
    }

    /**
     * Content without a note on its dates. Code that rewrites an existing content passes its {@link #dateNote()} to
     * the full constructor instead, or the note would be lost.
     */
    public EventContent(String headline, @Nullable String summary, UncertainDate start, @Nullable UncertainDate end,
            Place place, Set<EventType> types, Set<String> tags, Confidence confidence) {
        this(headline, summary, start, end, null, place, types, tags, confidence);
    }

    /** How a tag is stored: trimmed, lower case, spaces as hyphens ("Energy Grid" is "energy-grid"). */
    public static String normalTag(String tag) {
        return tag.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "-");
    }

    private static Set<String> normaliseTags(@Nullable Set<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String text = PlainText.optional("tags", tag, 60);
            if (text == null) {
                continue;
            }
            String normal = normalTag(text);
            if (!normal.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*")) {
                throw new InvalidInputException("tags", "A tag is a word or words joined by hyphens: '" + text + "'",
                        "form.event.tag", text);
            }
            result.add(normal);
        }
        if (result.size() > 30) {
            throw new InvalidInputException("tags", "At most 30 tags", "form.event.tooManyTags");
        }
        return Set.copyOf(result);
    }
}
