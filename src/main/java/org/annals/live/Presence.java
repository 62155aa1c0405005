package org.annals.live;

/** Someone on an event right now: looking at it, editing it, or typing in one of its threads ({@code threadId}). */
public record Presence(String user, long timelineId, long eventId, Activity activity, long threadId) {

    public enum Activity {
        VIEWING, EDITING, TYPING
    }
}
