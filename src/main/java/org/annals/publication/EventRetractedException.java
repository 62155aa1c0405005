package org.annals.publication;

import java.time.Instant;

/** A published event that was retracted: readers get its correction note instead of the event. */
public class EventRetractedException extends RuntimeException {

    private final String headline;
    private final String note;
    private final Instant retractedAt;

    public EventRetractedException(String headline, String note, Instant retractedAt) {
        super("This event was retracted: " + note);
        this.headline = headline;
        this.note = note;
        this.retractedAt = retractedAt;
    }

    public String headline() {
        return headline;
    }

    public String note() {
        return note;
    }

    public Instant retractedAt() {
        return retractedAt;
    }
}
