package org.annals.importexport.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.event.EventDetails;
import org.annals.shared.MarkdownText;
import org.annals.shared.UncertainDate;
import org.annals.timeline.TimelineSummary;
import org.jsoup.nodes.Entities;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * TimelineJS 3 JSON that its library renders unchanged: one slide per event. Partial dates are written as TimelineJS
 * expects them (year only, or year and month; never a day without its month), and every slide carries
 * {@code display_date} with the honest label ("c. 2 Apr 2022", "June 2023"), which TimelineJS shows instead of its
 * own. An end equal to the start is left out, as TimelineJS would drop it.
 */
public class TimelineJsEventWriter implements EventWriter {

    private final JsonGenerator json;

    public TimelineJsEventWriter(ObjectMapper mapper, OutputStream out, TimelineSummary timeline) {
        this.json = mapper.createGenerator(out);
        json.writeStartObject();
        json.writeName("title");
        json.writePOJO(Map.of("text", Map.of("headline", escape(timeline.title()),
                "text", timeline.description() == null ? "" : escape(timeline.description()))));
        json.writeName("events");
        json.writeStartArray();
    }

    @Override
    public void write(EventDetails event) {
        var c = event.content();
        Map<String, Object> slide = new LinkedHashMap<>();
        slide.put("unique_id", event.slug());
        slide.put("start_date", date(c.start(), true));
        Map<String, Object> end = c.end() != null ? date(c.end(), false)
                : c.start().precision() == org.annals.shared.DatePrecision.RANGE ? date(c.start(), false) : null;
        if (end != null && !end.equals(slide.get("start_date"))) {
            slide.put("end_date", end);
        }
        slide.put("display_date", event.dateLabel(Locale.ENGLISH));
        String sources = event.citations().stream().map(x -> x.source().url()).distinct()
                .map(url -> "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>").collect(Collectors.joining("<br>"));
        slide.put("text", Map.of("headline", escape(c.headline()),
                "text", MarkdownText.toSafeHtml(c.summary())
                        // marked, so Annals reading the file back keeps the note as the note and the list as citations
                        + (c.dateNote() == null ? "" : "<p class=\"annals-date-note\">On the date: " + escape(c.dateNote()) + "</p>")
                        + (sources.isEmpty() ? "" : "<p class=\"annals-sources\">Sources:<br>" + sources + "</p>")));
        c.types().stream().sorted().findFirst().ifPresent(t -> slide.put("group", t.name().toLowerCase(Locale.ROOT)));
        json.writePOJO(slide);
    }

    /** Year only for YEAR, year and month for MONTH; a full day otherwise (the start or end of a window). */
    static Map<String, Object> date(UncertainDate date, boolean start) {
        Map<String, Object> parts = new LinkedHashMap<>();
        var day = switch (date.precision()) {
            case APPROXIMATE -> date.nominal();
            case RANGE -> start ? date.earliest() : date.latest();
            default -> date.earliest();
        };
        parts.put("year", day.getYear());
        if (date.precision() != org.annals.shared.DatePrecision.YEAR) {
            parts.put("month", day.getMonthValue());
        }
        if (date.precision() != org.annals.shared.DatePrecision.YEAR && date.precision() != org.annals.shared.DatePrecision.MONTH) {
            parts.put("day", day.getDayOfMonth());
        }
        return parts;
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    @Override
    public void close() {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
