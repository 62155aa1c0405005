package org.annals.live;

/**
 * A small "something changed" message: what kind, on which timeline and event, by whom, and a short detail (a thread
 * id, a presence entry). Receivers reload what they show; a notice never carries the content itself, so nothing
 * private travels and a lost notice costs only a refresh.
 */
public record LiveNotice(Kind kind, long timelineId, long eventId, String user, String detail) {

    public enum Kind {
        /** An annotation or reply was posted, edited, deleted, resolved, reopened or published. */
        NOTE,
        /** Someone saved the event (content or workflow). */
        EVENT_SAVED,
        /** Someone's inbox changed ({@code user} is the owner). */
        INBOX,
        /** Someone arrived, left, or is typing ({@code detail} carries the presence entry). */
        PRESENCE,
        /** This instance may have missed notices (its listener reconnected): reload everything shown. */
        RESYNC
    }

    public LiveNotice {
        user = user == null ? "" : user;
        detail = detail == null ? "" : detail;
    }

    public static LiveNotice resync() {
        return new LiveNotice(Kind.RESYNC, 0, 0, "", "");
    }

    /** Whether a view showing {@code shownEventId} should reload for this notice. */
    public boolean concernsEvent(long shownEventId) {
        return kind == Kind.RESYNC || eventId == shownEventId;
    }
}
