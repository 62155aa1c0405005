package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the uncertain-date model, checked on generated dates from year 1 to 9999. */
class UncertainDateProperties {

    @Property
    void parse_of_print_is_identity(@ForAll("expressibleDates") UncertainDate date) {
        assertThat(UncertainDate.parse(date.toEdtf())).isEqualTo(date);
    }

    @Property
    void earliest_is_never_after_latest_and_nominal_lies_between(@ForAll("expressibleDates") UncertainDate date) {
        assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
        assertThat(date.nominal()).isBetween(date.earliest(), date.latest());
    }

    @Property
    void ordering_is_total_and_consistent_with_equals(@ForAll("expressibleDates") UncertainDate a,
            @ForAll("expressibleDates") UncertainDate b, @ForAll("expressibleDates") UncertainDate c) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void a_date_overlaps_every_window_that_contains_one_of_its_days(@ForAll("expressibleDates") UncertainDate date) {
        assertThat(date.overlaps(date.earliest(), date.earliest())).isTrue();
        assertThat(date.overlaps(date.latest(), date.latest().plusDays(3))).isTrue();
        if (date.earliest().getYear() > 1) {
            assertThat(date.overlaps(date.earliest().minusDays(10), date.earliest().minusDays(1))).isFalse();
        }
    }

    @Provide
    Arbitrary<UncertainDate> expressibleDates() {
        Arbitrary<LocalDate> days = Arbitraries.longs().between(LocalDate.of(1, 1, 2).toEpochDay(),
                LocalDate.of(9999, 12, 30).toEpochDay()).map(LocalDate::ofEpochDay);
        return Arbitraries.oneOf(
                days.map(UncertainDate::day),
                days.map(d -> UncertainDate.month(YearMonth.from(d))),
                days.map(d -> UncertainDate.year(Year.from(d))),
                days.map(UncertainDate::approximately),
                Combinators.combine(days, Arbitraries.integers().between(1, 400))
                        .as((d, n) -> UncertainDate.between(d, d.plusDays(n).isAfter(LocalDate.of(9999, 12, 31))
                                ? LocalDate.of(9999, 12, 31) : d.plusDays(n)))
                        .filter(d -> d.precision() == DatePrecision.RANGE));
    }
}
