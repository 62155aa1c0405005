package org.annals.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An event, by its id: how services, domain events and other modules name an event (its slug is for URLs). In JSON,
 * the bare number, so stored documents keep their shape. Compare with {@code equals}, never {@code ==}.
 */
public record EventId(@JsonValue long value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EventId {
    }

    public static EventId of(long value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
