package org.annals.event;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.shared.DateLabels;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/** An event described field by field as people read it, for history diffs. */
public final class EventFields {

    private EventFields() {
    }

    public static Map<String, @Nullable String> describe(EventDetails event) {
        EventContent c = event.content();
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("Status", event.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        fields.put("Headline", c.headline());
        fields.put("Summary", c.summary());
        fields.put("Start", date(c.start()));
        fields.put("End", c.end() == null ? null : date(c.end()));
        fields.put("Place", c.place().name());
        fields.put("Coordinates", c.place().point() == null ? null
                : c.place().point().latitude() + ", " + c.place().point().longitude());
        fields.put("Place precision", c.place().precision().name().toLowerCase(Locale.ROOT));
        fields.put("Types", c.types().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", ")));
        fields.put("Tags", c.tags().stream().sorted().collect(Collectors.joining(", ")));
        fields.put("Confidence", c.confidence().name().toLowerCase(Locale.ROOT));
        fields.put("Actors", event.actors().stream().map(a -> a.name() + " (" + a.role().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", ")));
        fields.put("Citations", event.citations().stream().map(x -> x.source().url() + (x.quote() == null ? "" : " “" + x.quote() + "”"))
                .collect(Collectors.joining("\n")));
        fields.put("Disagreements", event.disagreements().stream().map(d -> d.topic() + ": " + d.reading())
                .collect(Collectors.joining("\n")));
        return fields;
    }

    private static String date(UncertainDate date) {
        return DateLabels.of(date, Locale.ENGLISH) + " (" + date.toEdtf() + ", " + date.earliest() + "…" + date.latest() + ")";
    }
}
