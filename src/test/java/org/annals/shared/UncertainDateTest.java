package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UncertainDateTest {

    private static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022-02-24            | 2022-02-24 | 2022-02-24 | DAY         | 24 Feb 2022
            2023-06               | 2023-06-01 | 2023-06-30 | MONTH       | June 2023
            2024                  | 2024-01-01 | 2024-12-31 | YEAR        | 2024
            2022-04-02~           | 2022-04-01 | 2022-04-03 | APPROXIMATE | c. 2 Apr 2022
            2023-06-23/2023-06-24 | 2023-06-23 | 2023-06-24 | RANGE       | 23–24 Jun 2023
            2023-06-30/2023-07-02 | 2023-06-30 | 2023-07-02 | RANGE       | 30 Jun – 2 Jul 2023
            2022-12-30/2023-01-02 | 2022-12-30 | 2023-01-02 | RANGE       | 30 Dec 2022 – 2 Jan 2023
            2024-02               | 2024-02-01 | 2024-02-29 | MONTH       | February 2024
            2023-06-XX            | 2023-06-01 | 2023-06-30 | MONTH       | June 2023
            2023-XX-XX            | 2023-01-01 | 2023-12-31 | YEAR        | 2023
            2023-XX               | 2023-01-01 | 2023-12-31 | YEAR        | 2023
            2022-21               | 2022-03-01 | 2022-05-31 | RANGE       | 1 Mar – 31 May 2022
            2022-24               | 2022-12-01 | 2023-02-28 | RANGE       | 1 Dec 2022 – 28 Feb 2023
            2023-24               | 2023-12-01 | 2024-02-29 | RANGE       | 1 Dec 2023 – 29 Feb 2024
            2022-XX-15            | 2022-01-15 | 2022-12-15 | RANGE       | 15 Jan – 15 Dec 2022
            201X                  | 2010-01-01 | 2019-12-31 | RANGE       | 1 Jan 2010 – 31 Dec 2019
            20XX                  | 2000-01-01 | 2099-12-31 | RANGE       | 1 Jan 2000 – 31 Dec 2099
            """)
    void parses_edtf_into_a_window_and_renders_it_honestly(String edtf, LocalDate earliest, LocalDate latest,
            DatePrecision precision, String label) {
        UncertainDate date = UncertainDate.parse(edtf);

        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(DateLabels.of(date, EN)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2022-02-30            | no day 30 in February 2022
            2023-02-29            | no day 29 in February 2023
            2023-13               | no month 13
            2023-00-10            | no month 0
            2023-06-24/2023-06-23 | ends before it starts
            ../2022-03-01         | open-ended
            2022-21-05            | a season (21–24) has no days
            2022-XX-32            | no day 32
            2022-06?              | only '~'
            24/02/2022            | is not a valid date
            yesterday             | write it as EDTF
            0000                  | years start at 0001
            """)
    void refuses_impossible_or_unsupported_dates_with_a_message_a_person_can_act_on(String edtf, String message) {
        assertThatThrownBy(() -> UncertainDate.parse(edtf))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void an_approximate_date_keeps_the_window_its_sources_give() {
        UncertainDate bucha = UncertainDate.approximately(LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 2), LocalDate.of(2022, 4, 3));

        assertThat(bucha.toEdtf()).isEqualTo("2022-04-02~");
        assertThat(DateLabels.of(bucha, EN)).isEqualTo("c. 2 Apr 2022");
        assertThat(bucha.expressedFullyByEdtf()).isFalse();
    }

    @Test
    void a_month_overlaps_a_window_inside_it_and_a_day_outside_does_not() {
        UncertainDate june = UncertainDate.month(YearMonth.of(2023, 6));

        assertThat(june.overlaps(LocalDate.of(2023, 6, 10), LocalDate.of(2023, 6, 20))).isTrue();
        assertThat(june.overlaps(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 2))).isFalse();
        assertThat(UncertainDate.parse("2023-06-06").overlaps(LocalDate.of(2023, 6, 10), LocalDate.of(2023, 6, 20))).isFalse();
    }

    @Test
    void orders_by_earliest_then_latest_day() {
        UncertainDate june = UncertainDate.parse("2023-06");
        UncertainDate firstOfJune = UncertainDate.parse("2023-06-01");
        UncertainDate sixthOfJune = UncertainDate.parse("2023-06-06");
        UncertainDate year = UncertainDate.parse("2023");
        List<UncertainDate> dates = new ArrayList<>(List.of(sixthOfJune, june, year, firstOfJune));

        dates.sort(null);

        assertThat(dates).containsExactly(year, firstOfJune, june, sixthOfJune);
    }

    @Test
    void an_event_from_one_day_to_the_next_reads_as_one_span() {
        assertThat(DateLabels.of(UncertainDate.parse("2023-06-23"), UncertainDate.parse("2023-06-24"), EN))
                .isEqualTo("23–24 Jun 2023");
        assertThat(DateLabels.of(UncertainDate.parse("2024-06"), UncertainDate.parse("2024-08"), EN))
                .isEqualTo("June 2024 – August 2024");
    }

    @Test
    void renders_in_ukrainian() {
        Locale uk = Locale.forLanguageTag("uk");
        assertThat(DateLabels.of(UncertainDate.parse("2022-04-02~"), uk)).startsWith("бл. 2 ");
        assertThat(DateLabels.of(UncertainDate.parse("2023-06"), uk)).isEqualTo("Червень 2023");
    }

    @Test
    void refuses_inconsistent_values() {
        assertThatThrownBy(() -> new UncertainDate(LocalDate.of(2023, 6, 2), LocalDate.of(2023, 6, 1), DatePrecision.RANGE, LocalDate.of(2023, 6, 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the earliest");
        assertThatThrownBy(() -> new UncertainDate(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 2), DatePrecision.DAY, LocalDate.of(2023, 6, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one day");
    }
}
