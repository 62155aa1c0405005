package org.annals.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Date pickers that read what editors type: ISO ({@code 2022-04-01}, shown and accepted everywhere, as in the EDTF
 * fields) and the short date of the person's own locale ({@code 01.04.2022} in Ukrainian, {@code 01/04/2022} in
 * British English), with the week starting on the locale's first day. Vaadin's default is the US {@code M/D/YYYY},
 * which a newsroom outside the US misreads.
 */
public final class DateInputs {

    private static final String ISO = "yyyy-MM-dd";

    private DateInputs() {
    }

    public static DatePicker localised(DatePicker picker) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.UK);
        picker.setLocale(locale);
        List<String> formats = new ArrayList<>(List.of(ISO));
        String local = shortPattern(locale);
        if (!local.equals(ISO)) {
            formats.add(local);
        }
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        picker.setI18n(i18n);
        picker.setPlaceholder(ISO.toUpperCase(Locale.ROOT));
        return picker;
    }

    /** The locale's short date with a four-digit year, in the date picker's pattern letters (d, M, y). */
    static String shortPattern(Locale locale) {
        String java = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return java.replaceAll("y+", "yyyy").replaceAll("[^dMy./\\- ]", "").strip();
    }
}
