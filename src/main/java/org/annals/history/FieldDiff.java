package org.annals.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Field-by-field differences between two descriptions of the same thing (field name → readable value, in display
 * order). Modules describe their aggregates; this compares them, so every history view diffs the same way.
 */
public final class FieldDiff {

    private FieldDiff() {
    }

    public static List<FieldChange> between(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = before.get(field);
            String b = after.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }
}
