package org.annals.timeline;

/** A timeline's other names for search changed (readers' searches of this instance use them at once). */
public record SearchAliasesChanged(TimelineId timelineId) {
}
