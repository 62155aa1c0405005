package org.annals.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Embed" on a timeline page: opens the {@link EmbedDialog} for the view in the browser's address bar, which the
 * timeline page keeps up to date with its window and filters.
 */
class EmbedButton extends Button {

    /** {@code base}: the public address, which the embed code names whatever address this reader came by. */
    EmbedButton(String base, String slug, String timelineTitle) {
        super(VaadinIcon.CODE.create());
        setText(getTranslation("timeline.embed"));
        setId("embed");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> {
            new EmbedDialog(base, slug, timelineTitle, url.getQuery() == null ? "" : url.getQuery()).open();
        })));
    }
}
