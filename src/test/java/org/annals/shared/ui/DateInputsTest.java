package org.annals.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
}
