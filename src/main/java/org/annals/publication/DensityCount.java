package org.annals.publication;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How many published events may begin in the bucket that starts on {@code start}, and, when asked for, the sum of
 * their fatalities (each event's best estimate; events without one add nothing).
 */
public record DensityCount(LocalDate start, int count, @Nullable Long fatalities) {

    public DensityCount(LocalDate start, int count) {
        this(start, count, null);
    }
}
