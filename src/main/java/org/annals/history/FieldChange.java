package org.annals.history;

import org.jspecify.annotations.Nullable;

/** One field that differs between two revisions, as people read it. */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
