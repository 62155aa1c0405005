package org.annals.publication;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the public events list ready for the API: each event as the UTF-8 JSON the API sends (built by PostgreSQL
 * from the readers' copies, see {@link PublishedEventQuery#pageJson}), and the cursor of the next page.
 */
public record WireEventPage(List<byte[]> events, @Nullable String nextCursor) {
}
