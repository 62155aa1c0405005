package org.annals.event;

/**
 * The form of readers' permalinks, in one place: event pages, pinned revisions, the API's links and the corrections
 * log all point at the same addresses, and citations out in the world depend on them never changing.
 */
public final class Permalinks {

    private Permalinks() {
    }

    /** What every event page of a timeline starts with. */
    public static String eventsOf(String timelineSlug) {
        return "/timelines/" + timelineSlug + "/events/";
    }

    public static String event(String timelineSlug, String eventSlug) {
        return eventsOf(timelineSlug) + eventSlug;
    }

    /** The page that keeps showing one published revision of the event. */
    public static String revision(String timelineSlug, String eventSlug, int revision) {
        return event(timelineSlug, eventSlug) + "?revision=" + revision;
    }
}
