package org.annals.timeline;

import org.jspecify.annotations.Nullable;

/** A timeline as other modules and views see it. */
public record TimelineSummary(TimelineId id, String slug, String title, @Nullable String description, Visibility visibility,
        boolean fourEyes) {
}
