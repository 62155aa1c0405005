package org.annals.publication;

import java.util.List;

/**
 * What a visual timeline needs for its visible window: every matching event when there are at most the limit asked
 * for, otherwise their counts per bucket (and no events). {@code total} is the number of matching events either way.
 */
public record EventWindow(int total, List<EventItem> items, DensityBucket bucket, List<DensityCount> density) {

    public boolean dense() {
        return items.isEmpty() && total > 0;
    }
}
