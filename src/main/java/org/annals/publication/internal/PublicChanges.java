package org.annals.publication.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annals.event.EventDetails;
import org.annals.event.EventFields;
import org.jspecify.annotations.Nullable;

/**
 * What readers will see changed when a new version of an event they already saw is published: the parts that changed
 * (in lower case, "headline", "place precision", "related events"), which the corrections log names in the reader's
 * language, and their English line ("Updated: headline, summary.") — so an approval without a written note still
 * leaves a public trace. Only what readers see counts: the workflow status does not.
 */
final class PublicChanges {

    private static final String NOT_PUBLIC = "Status";

    private PublicChanges() {
    }

    static List<String> parts(EventDetails before, EventDetails after, boolean relationsChanged) {
        Map<String, @Nullable String> was = EventFields.describe(before);
        Map<String, @Nullable String> is = EventFields.describe(after);
        List<String> changed = new ArrayList<>();
        is.forEach((field, value) -> {
            if (!field.equals(NOT_PUBLIC) && !Objects.equals(blankless(was.get(field)), blankless(value))) {
                changed.add(field.toLowerCase(Locale.ROOT));
            }
        });
        if (relationsChanged) {
            changed.add("related events");
        }
        return changed;
    }

    static String line(List<String> parts) {
        return "Updated: " + String.join(", ", parts) + ".";
    }

    /** An empty list and no list read the same to a reader. */
    private static @Nullable String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
