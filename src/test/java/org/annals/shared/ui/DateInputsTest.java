package org.annals.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Besides ISO, a date picker reads the short date people of the locale write, with a four-digit year. */
class DateInputsTest {

    @Test
    void each_locale_adds_its_own_short_date() {
        assertThat(DateInputs.shortPattern(Locale.forLanguageTag("uk-UA"))).isEqualTo("dd.MM.yyyy");
        assertThat(DateInputs.shortPattern(Locale.UK)).isEqualTo("dd/MM/yyyy");
        assertThat(DateInputs.shortPattern(Locale.US)).isEqualTo("M/d/yyyy");
        assertThat(DateInputs.shortPattern(Locale.GERMANY)).isEqualTo("dd.MM.yyyy");
    }

    @Test
    void ukrainian_chosen_without_a_country_reads_day_month_year_with_ukrainian_names_and_the_week_from_monday() {
        for (Locale ukrainian : new Locale[] {Locale.forLanguageTag("uk"), Locale.forLanguageTag("uk-UA")}) {
            DatePicker.DatePickerI18n i18n = DateInputs.i18n(ukrainian, key -> text(ukrainian, key));

            assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd", "dd.MM.yyyy");
            assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
            assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Січень").endsWith("Грудень");
            assertThat(i18n.getWeekdays()).hasSize(7).startsWith("неділя", "понеділок");
            assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith("Нд", "Пн");
            assertThat(i18n.getToday()).isEqualTo("Сьогодні");
            assertThat(i18n.getCancel()).isEqualTo("Скасувати");
        }
    }

    @Test
    void english_keeps_the_locale_short_date_week_and_vaadin_own_names() {
        DatePicker.DatePickerI18n i18n = DateInputs.i18n(Locale.ENGLISH, key -> text(Locale.ENGLISH, key));

        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd", "M/d/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isZero();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("January").endsWith("December");
        assertThat(i18n.getWeekdays()).containsExactly("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday");
        assertThat(i18n.getWeekdaysShort()).containsExactly("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getCancel()).isEqualTo("Cancel");

        DatePicker.DatePickerI18n british = DateInputs.i18n(Locale.UK, key -> text(Locale.UK, key));
        assertThat(british.getDateFormats()).containsExactly("yyyy-MM-dd", "dd/MM/yyyy");
        assertThat(british.getFirstDayOfWeek()).isEqualTo(1);
    }

    private static String text(Locale locale, String key) {
        Locale wanted = "uk".equals(locale.getLanguage()) ? Locale.forLanguageTag("uk") : Locale.ROOT;
        return ResourceBundle.getBundle("desk-i18n.form", wanted, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }
}
