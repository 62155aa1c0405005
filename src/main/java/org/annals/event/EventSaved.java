package org.annals.event;

/** The working copy was saved (an edit, a restore, a relation, or what a merge brought in). */
public record EventSaved(long eventId, long timelineId, String user, long version) implements EventChange {
}
