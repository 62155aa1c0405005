package org.annals.importexport.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.annals.event.CitationStance;
import org.annals.event.CitationView;
import org.annals.event.EventDetails;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceView;
import org.annals.timeline.TimelineSummary;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * The timeline file Annals imports ({@code annals-timeline/1}, docs/import-format.md), so a timeline's events come
 * back as they left: each date as its explicit window with its precision (nothing re-read from a label), the place with
 * its precision, actors with kinds and roles, every source with each quote, stance and what it supports, the date's
 * note, disagreements with the sources they name. Events are written as they are read,
 * one at a time. Relations between events are not written yet.
 */
public class AnnalsFileEventWriter implements EventWriter {

    private final JsonGenerator json;

    public AnnalsFileEventWriter(ObjectMapper mapper, OutputStream out, TimelineSummary timeline) {
        this.json = mapper.createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("format", "annals-timeline/1");
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("slug", timeline.slug());
        about.put("title", timeline.title());
        about.put("description", timeline.description());
        about.put("visibility", timeline.visibility().name());
        json.writeName("timeline");
        json.writePOJO(about);
        json.writeName("events");
        json.writeStartArray();
    }

    @Override
    public void write(EventDetails event) {
        var c = event.content();
        Map<String, Object> e = new LinkedHashMap<>();
        // the key a re-import recognises: the one the event came with (a seed row, "acled:…"), else its id here
        e.put("ref", event.externalRef() != null ? event.externalRef() : "annals:" + event.id().value());
        e.put("slug", event.slug());
        e.put("headline", c.headline());
        e.put("summary", c.summary());
        e.put("start", date(c.start()));
        e.put("end", c.end() == null ? null : date(c.end()));
        e.put("dateNote", c.dateNote());
        var point = c.place().point();
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("name", c.place().name());
        place.put("latitude", point == null ? null : point.latitude());
        place.put("longitude", point == null ? null : point.longitude());
        place.put("precision", c.place().precision().name());
        e.put("place", place);
        e.put("actors", event.actors().stream().map(a -> Map.of("name", a.name(), "kind", a.kind().name(), "role", a.role().name())).toList());
        e.put("types", c.types().stream().map(Enum::name).sorted().toList());
        e.put("tags", c.tags().stream().sorted().toList());
        e.put("confidence", c.confidence().name());
        if (!c.data().hasNone()) {
            var d = c.data();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("fatalitiesLow", d.fatalitiesLow());
            data.put("fatalitiesBest", d.fatalitiesBest());
            data.put("fatalitiesHigh", d.fatalitiesHigh());
            data.put("admin1", d.admin1());
            data.put("admin2", d.admin2());
            data.put("admin3", d.admin3());
            data.put("disorderType", d.disorderType());
            data.put("interaction", d.interaction());
            data.put("codes", d.codes());
            e.put("data", data);
        }
        LinkedHashSet<SourceView> sources = new LinkedHashSet<>();
        event.citations().forEach(x -> sources.add(x.source()));
        e.put("sources", sources.stream().map(AnnalsFileEventWriter::source).toList());
        // a source cited with nothing to add is listed only; one with a quote, a stance or what it supports is a citation
        List<Map<String, Object>> citations = new ArrayList<>();
        for (CitationView x : event.citations()) {
            if (x.quote() != null || x.supports() != null || x.stance() != CitationStance.AGREES) {
                Map<String, Object> citation = new LinkedHashMap<>();
                citation.put("sourceUrl", x.source().url());
                citation.put("quote", x.quote());
                citation.put("supports", x.supports());
                citation.put("stance", x.stance().name());
                citations.add(citation);
            }
        }
        e.put("citations", citations);
        e.put("disagreements", event.disagreements().stream().map(d -> {
            Map<String, Object> disagreement = new LinkedHashMap<>();
            disagreement.put("topic", d.topic());
            disagreement.put("claims", d.claims());
            disagreement.put("reading", d.reading());
            disagreement.put("rationale", d.rationale());
            disagreement.put("sources", d.sources());
            return disagreement;
        }).toList());
        json.writePOJO(e);
    }

    /** The explicit window, so an approximate day keeps its own window and a range its ends. */
    private static Map<String, Object> date(UncertainDate date) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("earliest", date.earliest().toString());
        part.put("latest", date.latest().toString());
        part.put("precision", date.precision().name());
        part.put("nominal", date.nominal().toString());
        return part;
    }

    private static Map<String, @Nullable Object> source(SourceView s) {
        Map<String, @Nullable Object> source = new LinkedHashMap<>();
        source.put("url", s.url());
        source.put("publisher", s.publisher());
        source.put("title", s.title());
        source.put("publishedOn", s.publishedOn() == null ? null : s.publishedOn().toString());
        source.put("language", s.language());
        source.put("archiveUrl", s.archiveUrl());
        return source;
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
