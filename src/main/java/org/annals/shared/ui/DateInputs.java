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
import java.util.function.UnaryOperator;

/**
 * Date pickers that read what editors type: ISO ({@code 2022-04-01}, shown and accepted everywhere, as in the EDTF
 * fields) and the short date of the person's own locale ({@code 01.04.2022} in Ukrainian, {@code 01/04/2022} in
 * British English), with the week starting on the locale's first day and the month and weekday names in the page's
 * language (form bundle, {@code form.date.*}). Vaadin's default is the US {@code M/D/YYYY}, which a newsroom outside
 * the US misreads.
 */
public final class DateInputs {

    private static final String ISO = "yyyy-MM-dd";
    private static final java.util.Map<Locale, DatePicker.DatePickerI18n> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private DateInputs() {
    }

    public static DatePicker localised(DatePicker picker) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.UK);
        picker.setLocale(locale);
        // one set of texts per language, shared by every picker of every session: a reader's page has two pickers,
        // and what a session holds is what each of many readers costs the server
        DatePicker.DatePickerI18n texts = SHARED.get(locale);
        if (texts == null) {
            texts = i18n(locale, key -> picker.getTranslation(locale, key));
            if (SHARED.size() < 16) { // the app's languages and their regional forms
                SHARED.put(locale, texts);
            }
        }
        picker.setI18n(texts);
        picker.setPlaceholder(picker.getTranslation(locale, "form.date.placeholder"));
        return picker;
    }

    /** The picker's texts, formats and first day of the week for {@code locale}, its words read by {@code text}. */
    static DatePicker.DatePickerI18n i18n(Locale locale, UnaryOperator<String> text) {
        Locale regional = withRegion(locale);
        List<String> formats = new ArrayList<>(List.of(ISO));
        String local = shortPattern(regional);
        if (!local.equals(ISO)) {
            formats.add(local);
        }
        return new DatePicker.DatePickerI18n()
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setFirstDayOfWeek(WeekFields.of(regional).getFirstDayOfWeek().getValue() % 7)
                .setMonthNames(names(text.apply("form.date.monthNames")))
                .setWeekdays(names(text.apply("form.date.weekdays")))
                .setWeekdaysShort(names(text.apply("form.date.weekdaysShort")))
                .setToday(text.apply("form.date.today"))
                .setCancel(text.apply("form.date.cancel"));
    }

    /**
     * Ukrainian chosen without a country (as the signed-in language switch does) means Ukraine's calendar: the week
     * starts on Monday, where the JDK's region-less default would start it on Sunday.
     */
    static Locale withRegion(Locale locale) {
        return "uk".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? Locale.of("uk", "UA") : locale;
    }

    private static List<String> names(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }

    /** The locale's short date with a four-digit year, in the date picker's pattern letters (d, M, y). */
    static String shortPattern(Locale locale) {
        String java = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return java.replaceAll("y+", "yyyy").replaceAll("[^dMy./\\- ]", "").strip();
    }
}
