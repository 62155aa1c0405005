package org.annals.event;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.shared.DateLabels;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/** An event described field by field as people read it, for history diffs and the conflict dialog. */
public final class EventFields {

    private EventFields() {
    }

    public static Map<String, @Nullable String> describe(EventDetails event) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("Status", event.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        fields.putAll(describe(event.content(), EventLinks.of(event)));
        return fields;
    }

    /** What an event says, without its place in the workflow: what an import row would make of it, too. */
    public static Map<String, @Nullable String> describe(EventContent c, EventLinks links) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("Headline", c.headline());
        fields.put("Summary", c.summary());
        fields.put("Start", date(c.start()));
        fields.put("End", c.end() == null ? null : date(c.end()));
        fields.put("Date note", c.dateNote());
        fields.put("Place", c.place().name());
        fields.put("Coordinates", coordinates(c.place()));
        fields.put("Place precision", c.place().precision().name().toLowerCase(Locale.ROOT));
        fields.put("Types", types(c.types()));
        fields.put("Tags", tags(c.tags()));
        fields.put("Confidence", c.confidence().name().toLowerCase(Locale.ROOT));
        fields.put("Fatalities", c.data().fatalitiesText());
        fields.put("Administrative areas", c.data().areasText());
        fields.put("Disorder type", c.data().disorderType());
        fields.put("Interaction", c.data().interaction());
        fields.put("Data-set codes", c.data().codesText());
        fields.put("Actors", actors(links.actors()));
        fields.put("Citations", citations(links.citations()));
        fields.put("Disagreements", disagreements(links.disagreements()));
        return fields;
    }

    /** The event with the relations going out of it: every part a reviewer approves, for the history's diff. */
    public static Map<String, @Nullable String> describe(EventDetails event, List<EventRelation> outgoing) {
        Map<String, @Nullable String> fields = describe(event);
        fields.put("Related events", outgoing.stream().map(r -> r.kind().label(r.outgoing()) + ": " + r.otherHeadline())
                .sorted().collect(Collectors.joining("\n")));
        return fields;
    }

    static String date(UncertainDate date) {
        return DateLabels.of(date, Locale.ENGLISH) + " (" + date.toEdtf() + ", " + date.earliest() + "…" + date.latest() + ")";
    }

    static @Nullable String coordinates(Place place) {
        return place.point() == null ? null : place.point().latitude() + ", " + place.point().longitude();
    }

    /** A place in one line: its name, coordinates and how precise they are. */
    static String place(Place place) {
        String at = coordinates(place);
        return (place.name() == null ? "no name" : place.name()) + (at == null ? "" : " (" + at + ", "
                + place.precision().name().toLowerCase(Locale.ROOT) + ")");
    }

    /** The data-set fields in one line: fatalities, areas and codes that are known. */
    static String data(DataSetFields data) {
        return java.util.stream.Stream.of(data.fatalitiesText() == null ? null : "fatalities " + data.fatalitiesText(),
                data.areasText(), data.disorderType(), data.interaction(), data.codesText()).filter(s -> s != null)
                .collect(Collectors.joining("; "));
    }

    static String types(Collection<EventType> types) {
        return types.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
    }

    static String tags(Collection<String> tags) {
        return tags.stream().sorted().collect(Collectors.joining(", "));
    }

    static String actors(List<ActorLink> actors) {
        return actors.stream().map(a -> a.name() + " (" + a.role().name().toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(", "));
    }

    static String citations(List<CitationInput> citations) {
        return citations.stream().map(x -> citation(x.source().url(), x.quote())).collect(Collectors.joining("\n"));
    }

    private static String citation(String url, @Nullable String quote) {
        return url + (quote == null ? "" : " “" + quote + "”");
    }

    static String disagreements(List<Disagreement> disagreements) {
        return disagreements.stream().map(d -> d.topic() + ": " + d.reading()
                + (d.sources().isEmpty() ? "" : " (" + String.join(", ", d.sources()) + ")")).collect(Collectors.joining("\n"));
    }
}
