package org.annals.event;

import java.util.Locale;
import org.annals.shared.InvalidInputException;

/** The width of one bar of a density band. */
public enum DensityBucket {
    DAY, WEEK, MONTH, YEAR;

    public static DensityBucket parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("bucket", "bucket=" + value + " must be day, week, month or year");
        }
    }
}
