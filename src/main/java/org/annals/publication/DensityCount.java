package org.annals.publication;

import java.time.LocalDate;

/** How many published events may begin in the bucket that starts on {@code start}. */
public record DensityCount(LocalDate start, int count) {
}
