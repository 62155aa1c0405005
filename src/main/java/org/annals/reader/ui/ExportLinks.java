package org.annals.reader.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Download links for exactly the events in view: the export API with the page's own filter parameters. */
class ExportLinks extends Div {

    private static final List<String> FORMATS = List.of("csv", "geojson", "timelinejs", "annals", "acled", "timemap");

    ExportLinks() {
        setId("exports");
        addClassName("annals-exports");
    }

    void show(String slug, Map<String, List<String>> filter) {
        removeAll();
        add(new Span(getTranslation("timeline.download") + " "));
        for (String format : FORMATS) {
            Map<String, List<String>> params = new LinkedHashMap<>(filter);
            params.put("format", List.of(format));
            Anchor link = new Anchor("/api/v1/timelines/" + slug + "/export?" + new QueryParameters(params).getQueryString(),
                    getTranslation("timeline.download." + format));
            link.getElement().setAttribute("download", "");
            link.setRouterIgnore(true);
            link.getElement().setAttribute("data-format", format);
            add(link);
        }
    }
}
