package org.annals.publication;

import java.util.Locale;
import org.annals.shared.InvalidInputException;

/** The width of one bar of a density band. */
public enum DensityBucket {
    DAY, WEEK, MONTH, YEAR;

    /** A bar width that gives a window a readable number of bars: days up to four months, weeks up to three years. */
    public static DensityBucket forWindow(java.time.@org.jspecify.annotations.Nullable LocalDate from,
            java.time.@org.jspecify.annotations.Nullable LocalDate to) {
        long days = from == null || to == null ? Long.MAX_VALUE : java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return days <= 120 ? DAY : days <= 3 * 365 ? WEEK : MONTH;
    }

    /** The first day of the next bucket after the one starting on {@code start}. */
    public java.time.LocalDate after(java.time.LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    public static DensityBucket parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("bucket", "bucket=" + value + " must be day, week, month or year");
        }
    }
}
