package org.annals.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.annals.shared.UncertainDate;

/**
 * Writes an EDTF date into a text field from a precision choice and a calendar, for editors who do not type EDTF:
 * "a day", "a month", "a year", "about a day", "between two days". Typing EDTF directly still works.
 */
public class EdtfByPrecision extends HorizontalLayout {

    /** Named by {@code form.edtf.<name>} in the form bundle. */
    enum Precision {
        DAY, MONTH, YEAR, APPROXIMATE, RANGE
    }

    private final Select<Precision> precision = new Select<>();
    private final DatePicker first = DateInputs.localised(new DatePicker());
    private final DatePicker last = DateInputs.localised(new DatePicker(getTranslation("form.edtf.and")));

    public EdtfByPrecision(TextField edtf) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        precision.setLabel(getTranslation("form.edtf.precision"));
        precision.setItems(Precision.values());
        precision.setItemLabelGenerator(p -> getTranslation("form.edtf." + p.name()));
        precision.setValue(Precision.DAY);
        first.setLabel(getTranslation("form.edtf.date"));
        last.setVisible(false);
        precision.addValueChangeListener(e -> {
            last.setVisible(e.getValue() == Precision.RANGE);
            write(edtf);
        });
        first.addValueChangeListener(e -> write(edtf));
        last.addValueChangeListener(e -> write(edtf));
        add(precision, first, last);
    }

    private void write(TextField edtf) {
        LocalDate day = first.getValue();
        if (day == null) {
            return;
        }
        UncertainDate date = switch (precision.getValue()) {
            case DAY -> UncertainDate.day(day);
            case MONTH -> UncertainDate.month(YearMonth.from(day));
            case YEAR -> UncertainDate.year(Year.from(day));
            case APPROXIMATE -> UncertainDate.approximately(day);
            case RANGE -> last.getValue() == null || last.getValue().isBefore(day) ? null : UncertainDate.between(day, last.getValue());
        };
        if (date != null) {
            edtf.setValue(date.toEdtf());
        }
    }
}
