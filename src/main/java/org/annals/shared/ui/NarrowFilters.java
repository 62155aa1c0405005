package org.annals.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of filters that leaves room for results on a phone: below 600 px only the main filters show, the others sit
 * behind a "Filters" button that says how many of them are set (styles.css: {@code .annals-more-filters}). On wider
 * screens every filter is in the one wrapping row and the button is not shown.
 */
public class NarrowFilters extends HorizontalLayout {

    private final Div more = new Div();
    private final Button toggle = new Button();
    private final List<HasValue<?, ?>> secondary = new ArrayList<>();

    public NarrowFilters(Component... main) {
        add(main);
        toggle.setId("more-filters");
        toggle.addClassName("annals-narrow-only");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean open = !more.hasClassName("open");
            more.setClassName("open", open);
            toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        });
        more.addClassName("annals-more-filters");
        more.setId("secondary-filters");
        add(toggle, more);
        addClassName("annals-filters");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        label();
    }

    /** A filter that folds away on a phone; one with a value counts on the button. */
    public NarrowFilters secondary(Component filter) {
        more.add(filter);
        if (filter instanceof HasValue<?, ?> value) {
            secondary.add(value);
            value.addValueChangeListener(e -> label());
        }
        return this;
    }

    /** A control that folds away on a phone without counting as a filter set (a window's dates, a layout choice). */
    public NarrowFilters folded(Component control) {
        more.add(control);
        return this;
    }

    /** A control after the filters, always shown (an action such as "New event"). */
    public NarrowFilters trailing(Component control) {
        add(control);
        return this;
    }

    private void label() {
        long set = secondary.stream().filter(v -> !v.isEmpty()).count();
        toggle.setText(set == 0 ? getTranslation("form.filters") : getTranslation("form.filtersSet", set));
    }
}
