package org.annals.event;

import org.annals.shared.DatePrecision;
import org.annals.shared.UncertainDate;
import org.jspecify.annotations.Nullable;

/** The EDTF of an event's whole extent. */
public final class EventDates {

    private EventDates() {
    }

    public static String edtf(UncertainDate start, @Nullable UncertainDate end) {
        if (end == null) {
            return start.toEdtf();
        }
        // an EDTF interval's ends are single dates, so a range end contributes its outer day
        String from = start.precision() == DatePrecision.RANGE ? start.earliest().toString() : start.toEdtf();
        String to = end.precision() == DatePrecision.RANGE ? end.latest().toString() : end.toEdtf();
        return from + "/" + to;
    }
}
