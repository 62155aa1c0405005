package org.annals.event;

import org.annals.live.NoticeKind;

/** The live notices the event module announces. */
public final class EventNotices {

    /** Someone saved the event: its content, its relations, or its place in the workflow ({@code detail}: version). */
    public static final NoticeKind SAVED = NoticeKind.named("EVENT_SAVED");

    private EventNotices() {
    }
}
