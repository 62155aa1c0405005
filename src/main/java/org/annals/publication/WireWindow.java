package org.annals.publication;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A visual timeline's window ready for the public API: {@code items} is the JSON array of its events as the API sends
 * them, UTF-8 (built by PostgreSQL from the readers' copies), or null when more than the limit match and {@code density}
 * holds their counts per bucket instead. {@code total} is the number of matching events either way.
 */
public record WireWindow(int total, DensityBucket bucket, byte @Nullable [] items, List<DensityCount> density) {

    public boolean dense() {
        return items == null;
    }
}
