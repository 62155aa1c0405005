package org.annals.live;

/**
 * A small "something changed" message: what kind, on which timeline and event, by whom, and a short detail (a thread
 * id, a presence entry). Receivers reload what they show; a notice never carries the content itself, so nothing
 * private travels and a lost notice costs only a refresh.
 */
public record LiveNotice(NoticeKind kind, long timelineId, long eventId, String user, String detail) {

    public LiveNotice {
        user = user == null ? "" : user;
        detail = detail == null ? "" : detail;
    }

    public static LiveNotice resync() {
        return new LiveNotice(NoticeKind.RESYNC, 0, 0, "", "");
    }

    /** Whether a view showing {@code shownEventId} should reload for this notice. */
    public boolean concernsEvent(long shownEventId) {
        return kind == NoticeKind.RESYNC || eventId == shownEventId;
    }
}
