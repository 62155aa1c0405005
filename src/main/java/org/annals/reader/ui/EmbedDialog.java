package org.annals.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * The iframe snippet for the view the reader is looking at (the timeline page's URL parameters, nothing else), which
 * can be pinned to the published state of this moment ({@code asOf}): later publications and corrections then never
 * change what the embedding article shows.
 */
class EmbedDialog extends Dialog {

    /** The timeline page's parameters the embed understands; anything else in the URL (a selected event…) stays out. */
    static final List<String> VIEW_PARAMETERS = List.of("from", "to", "type", "actor", "q", "tag", "confidence", "disagree",
            "area", "fatalities");

    private final String embedUrl;
    private final String timelineTitle;
    private final Checkbox pin = new Checkbox();
    private final TextArea snippet = new TextArea();
    private final Anchor preview = new Anchor();
    private @Nullable Instant pinnedAt;

    EmbedDialog(String baseUrl, String slug, String timelineTitle, String currentQuery) {
        this.timelineTitle = timelineTitle;
        Map<String, List<String>> view = new LinkedHashMap<>();
        QueryParameters.fromString(currentQuery).getParameters().forEach((name, values) -> {
            if (VIEW_PARAMETERS.contains(name)) {
                view.put(name, values);
            }
        });
        String query = new QueryParameters(view).getQueryString();
        this.embedUrl = baseUrl + "/embed/" + slug + (query.isEmpty() ? "" : "?" + query);
        setId("embed-dialog");
        setHeaderTitle(getTranslation("embed.title"));
        setWidth("min(40rem, 95vw)");
        pin.setId("embed-pin");
        pin.setLabel(getTranslation("embed.pin"));
        pin.setHelperText(getTranslation("embed.pinHint"));
        pin.addValueChangeListener(e -> {
            // pinned to the second the box was ticked: "today's published state" as the author saw it
            pinnedAt = e.getValue() ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : null;
            update();
        });
        snippet.setId("embed-snippet");
        snippet.setLabel(getTranslation("embed.snippet"));
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.addFocusListener(e -> snippet.getElement().executeJs("this.inputElement.select()"));
        preview.setId("embed-preview");
        preview.setText(getTranslation("embed.preview"));
        preview.setTarget(AnchorTarget.BLANK);
        Button copy = new Button(getTranslation("embed.copy"), VaadinIcon.COPY.create(), e -> copy());
        copy.setId("embed-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("embed.close"), e -> close());
        close.setId("embed-close");
        add(new Paragraph(getTranslation("embed.intro")), pin, snippet, preview);
        getFooter().add(close, copy);
        update();
    }

    String url() {
        return pinnedAt == null ? embedUrl : embedUrl + (embedUrl.contains("?") ? "&" : "?") + "asOf=" + pinnedAt;
    }

    private void update() {
        String url = url();
        snippet.setValue("<iframe src=\"" + attribute(url) + "\" title=\"" + attribute(timelineTitle + " · Annals")
                + "\" width=\"100%\" height=\"480\" style=\"border:0\" loading=\"lazy\"></iframe>");
        preview.setHref(url);
    }

    private void copy() {
        snippet.getElement().executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)",
                snippet.getValue()).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notifications.success(getTranslation("embed.copied"));
                    } else {
                        // no clipboard (an insecure origin, a refusal): the text is selected for Ctrl+C instead
                        snippet.focus();
                    }
                });
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
