package org.annals.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A timeline, by its id: how other modules name a timeline (its slug is for URLs). In JSON, the bare number. */
public record TimelineId(@JsonValue long value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TimelineId {
    }

    public static TimelineId of(long value) {
        return new TimelineId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
