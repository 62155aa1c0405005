package org.annals.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** Download links for exactly the events in view: the export API with the page's own filter parameters. */
class ExportLinks extends Div {

    private static final List<String> FORMATS = List.of("csv", "geojson", "timelinejs", "annals", "acled", "timemap");

    ExportLinks() {
        setId("exports");
        addClassName("annals-exports");
    }

    /**
     * The links as one element's HTML rather than a component per link: each component is state the reader's session
     * keeps (decision 0039), and these are rewritten at every change of the view.
     */
    void show(String slug, Map<String, List<String>> filter) {
        StringBuilder html = new StringBuilder(HtmlUtils.htmlEscape(getTranslation("timeline.download"))).append(' ');
        for (String format : FORMATS) {
            Map<String, List<String>> params = new LinkedHashMap<>(filter);
            params.put("format", List.of(format));
            String href = "/api/v1/timelines/" + slug + "/export?" + new QueryParameters(params).getQueryString();
            html.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\" download router-ignore data-format=\"")
                    .append(format).append("\">").append(HtmlUtils.htmlEscape(getTranslation("timeline.download." + format)))
                    .append("</a>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }
}
