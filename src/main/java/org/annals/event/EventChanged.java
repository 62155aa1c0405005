package org.annals.event;

/**
 * Published (synchronously, inside the saving transaction) whenever an event's working copy is saved or moves in
 * the workflow, so other modules can react in the same transaction (e.g. tell those who annotated it).
 */
public record EventChanged(long eventId, long timelineId, String user, String what) {
}
